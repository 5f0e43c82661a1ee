using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;
using Renkei.Core.Themes;

namespace Renkei.Core.Dashboard;

public sealed record MunicipalityStanding(
    int Id, string Name, string Region, ProgressState? SurveyState, int Needs, int UntriagedNeeds, IReadOnlyList<ThemeRef> Themes,
    int Visits = 0, DateOnly? LastVisitOn = null)
{
    /// <summary>No 市町村訪問 by its 連携支援室 (or the secretariat) in the fiscal year.</summary>
    public bool NotVisited => Visits == 0;
}
