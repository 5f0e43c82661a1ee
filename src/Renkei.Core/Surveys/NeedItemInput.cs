namespace Renkei.Core.Surveys;

public sealed record NeedItemInput(
    int? CategoryId, string? Title, Urgency? Urgency, string? Form, string? Content, string? Issues,
    int[]? PartnerOrganisationIds = null, SurveySection? Section = null, Common.Visibility? Visibility = null);

// Visibility: null keeps what is stored (庁内 for a new need), so an older client never lowers a 部外秘 need by omission.
