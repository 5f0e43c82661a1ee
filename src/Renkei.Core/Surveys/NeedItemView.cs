namespace Renkei.Core.Surveys;

public sealed record NeedItemView(
    int Id, int CategoryId, SurveySection Section, string CategoryLabel, string Title, Urgency Urgency,
    string? Form, string? Content, string? Issues, int[] PartnerOrganisationIds, uint Version,
    string? HeardBy = null, bool AwaitsConfirmation = false, Common.Visibility Visibility = Common.Visibility.Internal);

// HeardBy: the 連携支援室 that entered it from a visit (聞き取り); AwaitsConfirmation: the municipality has not yet confirmed it.
