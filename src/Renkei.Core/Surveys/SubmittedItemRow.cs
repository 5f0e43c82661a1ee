namespace Renkei.Core.Surveys;

public sealed record SubmittedItemRow(
    int Id, int ResponseId, string OrganisationName, RespondentGroup Group, string? Region, SurveySection Section, string CategoryLabel,
    string Title, Urgency Urgency, string? Form, string? Content, string? Issues, string[] Partners, DateTimeOffset? SubmittedAt);
