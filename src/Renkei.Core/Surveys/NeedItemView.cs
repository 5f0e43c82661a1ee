namespace Renkei.Core.Surveys;

public sealed record NeedItemView(
    int Id, int CategoryId, SurveySection Section, string CategoryLabel, string Title, Urgency Urgency,
    string? Form, string? Content, string? Issues, int[] PartnerOrganisationIds, uint Version);
