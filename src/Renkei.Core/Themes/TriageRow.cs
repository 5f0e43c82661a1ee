using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Surveys;

namespace Renkei.Core.Themes;

public sealed record TriageRow(
    int ItemId, int SurveyId, int FiscalYear, int OrganisationId, string OrganisationName, RespondentGroup Group, SurveySection Section,
    int CategoryId, string CategoryLabel, string Title, Urgency Urgency, string? Content, TriageState State, string? Note,
    int? ThemeId, string? ThemeTitle, DateTimeOffset? SubmittedAt, uint? TriageVersion)
{
    /// <summary>Rows with the same key are on one topic (same category, similar wording, several municipalities).</summary>
    public int SimilarGroup { get; init; }
}
