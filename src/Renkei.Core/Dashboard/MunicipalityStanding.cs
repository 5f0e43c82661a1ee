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
    int Id, string Name, string Region, ProgressState? SurveyState, int Needs, int UntriagedNeeds, IReadOnlyList<ThemeRef> Themes);
