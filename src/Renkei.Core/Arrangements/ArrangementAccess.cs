using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Arrangements;

/// <summary>
/// Who keeps the registry: the secretariat all of it, a 連携支援室 the arrangements one of its municipalities takes part
/// in. Everyone in the prefecture reads it.
/// </summary>
public static class ArrangementAccess
{
    /// <summary>The arrangement of the actor's prefecture with this id; 404 for any other (they read the whole registry).</summary>
    internal static async Task<Arrangement> FindAsync(IQueryable<Arrangement> arrangements, Actor actor, int id, CancellationToken cancellationToken) =>
        await arrangements.SingleOrDefaultAsync(a => a.Id == id && a.PrefectureId == actor.PrefectureId, cancellationToken)
        ?? throw new NotFoundException("指定された広域連携は見つかりません。");

    /// <summary>Registers new arrangements (and imports them): the secretariat.</summary>
    public static bool MayRegister(Actor actor) => actor.IsSecretariat;

    internal static Task<bool> MayEditAsync(RenkeiDbContext db, Actor actor, int arrangementId, CancellationToken cancellationToken) =>
        Kept(db, actor).ContainsAsync(arrangementId, cancellationToken);

    internal static async Task EnsureEditorAsync(RenkeiDbContext db, Actor actor, int arrangementId, CancellationToken cancellationToken)
    {
        if (!await MayEditAsync(db, actor, arrangementId, cancellationToken))
        {
            throw Refusal();
        }
    }

    /// <summary>Adding a party: an editor may; a support office may also add one of its own municipalities to an arrangement it does not yet keep.</summary>
    internal static async Task EnsureMayAddAsync(RenkeiDbContext db, Actor actor, int arrangementId, int? organisationId, CancellationToken cancellationToken)
    {
        var ownMunicipality = actor.Role == Roles.SupportOfficeStaff && organisationId is { } o
            && await db.Municipalities.AnyAsync(m => m.Id == o && m.SupportOfficeId == actor.OrganisationId, cancellationToken);
        if (!ownMunicipality && !await MayEditAsync(db, actor, arrangementId, cancellationToken))
        {
            throw Refusal();
        }
    }

    /// <summary>The ids of the arrangements the actor keeps, as a query: the one rule behind <see cref="MayEditAsync"/> and the correction queue.</summary>
    internal static IQueryable<int> Kept(RenkeiDbContext db, Actor actor)
    {
        var prefecture = actor.PrefectureId;
        var office = actor.OrganisationId;
        var arrangements = db.Arrangements.Where(a => a.PrefectureId == prefecture);
        return actor.IsSecretariat ? arrangements.Select(a => a.Id)
            : actor.Role == Roles.SupportOfficeStaff ? arrangements.Where(a => a.Members.Any(m => db.Municipalities.Any(x => x.Id == m.OrganisationId && x.SupportOfficeId == office))).Select(a => a.Id)
            : arrangements.Where(a => false).Select(a => a.Id);
    }

    /// <summary>A municipality files corrections on the arrangements it takes or took part in (a party on any day).</summary>
    internal static async Task<bool> MayRequestCorrectionAsync(RenkeiDbContext db, Actor actor, int arrangementId, CancellationToken cancellationToken) =>
        actor.Role == Roles.MunicipalStaff
        && await db.ArrangementMembers.AnyAsync(m => m.ArrangementId == arrangementId && m.OrganisationId == actor.OrganisationId, cancellationToken);

    internal static async Task EnsureMayRequestCorrectionAsync(RenkeiDbContext db, Actor actor, int arrangementId, CancellationToken cancellationToken)
    {
        if (!await MayRequestCorrectionAsync(db, actor, arrangementId, cancellationToken))
        {
            throw new ForbiddenException("訂正を依頼できるのは、その広域連携に参加している（参加していた）市町村です。");
        }
    }

    private static ForbiddenException Refusal() =>
        new("広域連携の登録内容を変更できるのは、事務局（市町村課）と構成市町村を担当する連携支援室です。");

    internal static void EnsureRegistrar(Actor actor)
    {
        if (!MayRegister(actor))
        {
            throw new ForbiddenException("広域連携の仕組みを新しく登録できるのは事務局（市町村課）です。");
        }
    }
}
