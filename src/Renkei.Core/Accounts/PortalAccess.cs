namespace Renkei.Core.Accounts;

/// <summary>
/// "What may this actor open": the one answer the menu, the home cards and the pages' route policies share. The
/// services still check every operation; this only decides what is offered.
/// </summary>
public static class PortalAccess
{
    public static bool MayOpen(Actor actor, PortalArea area) => area switch
    {
        PortalArea.Dashboard => Surveys.SurveyAccess.MaySeeProgress(actor),
        PortalArea.Triage => Themes.ThemeAccess.IsTriager(actor),
        PortalArea.StatisticsImport => actor.HasPrefectureWideScope,
        PortalArea.Regions => Regions.RegionAccess.MayKeep(actor),
        PortalArea.Users or PortalArea.ApprovalSettings => actor.IsAdministrator,
        PortalArea.AuditTrail => Auditing.AuditAccess.MayReadTrail(actor),
        PortalArea.Prefectures => Tenancy.TenancyAccess.MayAddPrefectures(actor),
        _ => true,
    };

    /// <summary>The areas the actor may open, in the menu's order.</summary>
    public static IReadOnlyList<PortalArea> AreasFor(Actor actor) =>
        Enum.GetValues<PortalArea>().Where(area => MayOpen(actor, area)).ToList();
}
