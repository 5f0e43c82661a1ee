using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Surveys;

namespace Renkei.Core.Themes;

public sealed record TriageFilter(
    int? SurveyId = null, SurveySection? Section = null, int? CategoryId = null, Urgency? Urgency = null,
    int? MunicipalityId = null, TriageState? State = null, string? Query = null);
