using Microsoft.EntityFrameworkCore;
using System.Linq.Expressions;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Themes;

namespace Renkei.Core.Cases;

/// <summary>
/// Who may do what with cases: staff register them for their organisation; the author's organisation edits and submits
/// until approval; the secretariat reviews, and may correct any case. An approved case is seen by the prefecture's staff
/// (公開, 庁内) or only by those involved and the secretariat (部外秘); a case not yet approved only by its author and the secretariat.
/// </summary>
public static class CaseAccess
{
    public static bool MayRegister(Actor actor) => !actor.IsAdministrator;

    /// <summary>
    /// A completed theme offers 「事例として登録」 to those who carried it: its owner, lead department, participants, the
    /// support offices of its participants, and the secretariat. (Participants must be loaded.)
    /// </summary>
    public static bool MayRegisterFrom(Actor actor, CollaborationTheme theme) =>
        theme.State == ThemeState.Completed && MayRegister(actor) && (actor.IsSecretariat
            || theme.OwnerOrganisationId == actor.OrganisationId || theme.LeadDepartmentId == actor.OrganisationId
            || theme.Participants.Any(m => m.Id == actor.OrganisationId || m.SupportOfficeId == actor.OrganisationId));

    public static bool MayReview(Actor actor) => actor.IsSecretariat;

    /// <summary>Staff of the prefecture side use the "not yet reached" list to propose a case on their visits.</summary>
    public static bool MaySeeReach(Actor actor) => actor.Role is Roles.Secretariat or Roles.SupportOfficeStaff or Roles.DepartmentStaff;

    internal static Expression<Func<Case, bool>> Visible(Actor actor)
    {
        var prefecture = actor.PrefectureId;
        var organisation = actor.OrganisationId;
        if (actor.IsSecretariat)
        {
            return c => c.PrefectureId == prefecture;
        }
        return c => c.PrefectureId == prefecture && (
            (c.State == CaseState.Approved && (c.Visibility != Visibility.Confidential || c.AuthorOrganisationId == organisation || c.OrganisationIds.Contains(organisation)))
            || (c.State != CaseState.Approved && c.AuthorOrganisationId == organisation));
    }

    /// <summary>The case with this id if the actor may see it; otherwise 404, whether it does not exist or is not theirs to see.</summary>
    internal static async Task<Case> FindVisibleAsync(IQueryable<Case> cases, Actor actor, int id, CancellationToken cancellationToken) =>
        await cases.Where(Visible(actor)).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("指定された事例は見つかりません。");

    /// <summary>The municipalities the actor may record an adoption for: its own, its region's, or (the secretariat) all.</summary>
    internal static Expression<Func<Organisations.Municipality, bool>> MayAdoptFor(Actor actor)
    {
        var prefecture = actor.PrefectureId;
        var organisation = actor.OrganisationId;
        return actor.Role switch
        {
            Roles.Secretariat => m => m.PrefectureId == prefecture,
            Roles.SupportOfficeStaff => m => m.PrefectureId == prefecture && m.SupportOfficeId == organisation,
            Roles.MunicipalStaff => m => m.PrefectureId == prefecture && m.Id == organisation,
            _ => m => false,
        };
    }

    internal static bool MayEdit(Actor actor, Case c) =>
        actor.IsSecretariat || (c.AuthorOrganisationId == actor.OrganisationId && c.State is CaseState.Draft or CaseState.Returned);

    internal static bool MaySubmit(Actor actor, Case c) =>
        (c.AuthorOrganisationId == actor.OrganisationId || actor.IsSecretariat) && c.State is CaseState.Draft or CaseState.Returned;

    internal static void EnsureRegistrar(Actor actor)
    {
        if (!MayRegister(actor))
        {
            throw new ForbiddenException("事例を登録できるのは、市町村・県の部局・連携支援室・事務局の職員です。");
        }
    }

    internal static void EnsureEditor(Actor actor, Case c)
    {
        if (!MayEdit(actor, c))
        {
            throw c.AuthorOrganisationId == actor.OrganisationId
                ? new ConflictException("確認依頼中または承認済の事例は変更できません。変更が必要なときは事務局に差戻しを依頼してください。")
                : new ForbiddenException("事例を変更できるのは、登録した団体と事務局（市町村課）です。");
        }
    }

    internal static void EnsureReviewer(Actor actor)
    {
        if (!MayReview(actor))
        {
            throw new ForbiddenException("事例の承認と差戻しは事務局（市町村課）が行います。");
        }
    }
}
