namespace Renkei.Core.Accounts;

/// <summary>The parts of the portal a menu entry, a home card or a page opens.</summary>
public enum PortalArea
{
    Home,
    Search,
    Surveys,
    Dashboard,
    Triage,
    Themes,
    AnnualCycle,
    CouncilBodies,
    Arrangements,
    Cases,
    Grants,
    Indicators,
    Regions,
    Municipalities,
    BranchOffices,
    Population,
    StatisticsImport,
    Users,
    ApprovalSettings,
    AuditTrail,
    Prefectures,
}
