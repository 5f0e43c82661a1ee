namespace Renkei.Core.Surveys;

public sealed record NeedItemInput(
    int? CategoryId, string? Title, Urgency? Urgency, string? Form, string? Content, string? Issues,
    int[]? PartnerOrganisationIds = null, SurveySection? Section = null);
