using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;
using Renkei.Core.Themes;

namespace Renkei.Core.Dashboard;

/// <summary>Where the fiscal year stands, for the secretariat (all) or a 連携支援室 (its jurisdiction).</summary>
public sealed record FiscalYearDashboard(
    int FiscalYear, IReadOnlyList<int> FiscalYears, SurveySummaryView? Survey, SurveyProgress? Progress,
    IReadOnlyDictionary<TriageState, int> NeedsByState, IReadOnlyDictionary<ThemeState, int> ThemesByState,
    IReadOnlyDictionary<DeploymentMethod, int> OpenThemesByMethod, int OpenThemesWithoutMethod,
    IReadOnlyList<MunicipalityStanding> Municipalities, int OverdueNeeds, DateOnly? NeedsOverdueSince, IReadOnlyList<OverdueTheme> OverdueThemes,
    int CasesApproved = 0, int Adoptions = 0, long GrantsAwarded = 0, long GrantsUsed = 0, int IndicatorsBehind = 0)
{
    public int NotVisited => Municipalities.Count(m => m.NotVisited);

    public int OpenThemesByFramework(ThemeFramework framework) => OpenThemesByMethod.Where(m => m.Key.FrameworkOf() == framework).Sum(m => m.Value);
}
