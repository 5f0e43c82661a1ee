using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Grants;

/// <summary>
/// The program's secretariat (the prefecture's 市町村課 or its like) keeps the programs and areas and decides and pays
/// the grants; an area's secretariat municipality of the fiscal year applies and reports for the area; its members
/// read their area; prefectural staff read every area of their prefecture.
/// </summary>
public static class GrantAccess
{
    public static bool MayManage(Actor actor) => actor.IsSecretariat;

    /// <summary>Everyone but municipal staff reads the whole program; a municipality reads the areas it is or was a member of.</summary>
    public static bool ReadsAllAreas(Actor actor) => actor.Role != Roles.MunicipalStaff;

    internal static async Task<GrantProgram> FindProgramAsync(IQueryable<GrantProgram> programs, Actor actor, int id, CancellationToken cancellationToken) =>
        await programs.SingleOrDefaultAsync(p => p.Id == id && p.PrefectureId == actor.PrefectureId, cancellationToken)
        ?? throw new NotFoundException("指定された交付金事業は見つかりません。");

    /// <summary>The areas the actor may read, as a query (a municipality's own only).</summary>
    internal static IQueryable<CollaborationArea> Readable(RenkeiDbContext db, Actor actor)
    {
        var areas = db.CollaborationAreas.Where(a => a.Program.PrefectureId == actor.PrefectureId);
        var organisation = actor.OrganisationId;
        return ReadsAllAreas(actor) ? areas : areas.Where(a => a.Members.Any(m => m.MunicipalityId == organisation));
    }

    /// <summary>The area with this id if the actor may read it; 404 otherwise, so others' areas are not revealed.</summary>
    internal static async Task<CollaborationArea> FindAreaAsync(IQueryable<CollaborationArea> query, RenkeiDbContext db, Actor actor, int id, CancellationToken cancellationToken)
    {
        var readable = Readable(db, actor).Select(a => a.Id);
        return await query.Where(a => readable.Contains(a.Id)).SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException("指定された連携地域は見つかりません。");
    }

    /// <summary>Applies and reports for the area in the fiscal year: its secretariat municipality of that year, or the program's secretariat (a paper application).</summary>
    public static bool MayApply(Actor actor, CollaborationArea area, int fiscalYear) =>
        MayManage(actor)
        || (actor.Role == Roles.MunicipalStaff && area.Secretariats.Any(s => s.FiscalYear == fiscalYear && s.MunicipalityId == actor.OrganisationId));

    internal static void EnsureManager(Actor actor)
    {
        if (!MayManage(actor))
        {
            throw new ForbiddenException("交付金事業と連携地域の登録、交付決定と交付は、事業の事務局が行います。");
        }
    }

    internal static void EnsureApplicant(Actor actor, CollaborationArea area, int fiscalYear)
    {
        if (!MayApply(actor, area, fiscalYear))
        {
            throw new ForbiddenException("申請と実績報告は、その年度の連携地域の事務局市町村が行います。事務局市町村が登録されているか確認してください。");
        }
    }
}
