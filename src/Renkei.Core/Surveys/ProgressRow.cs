namespace Renkei.Core.Surveys;

public sealed record ProgressRow(
    int OrganisationId, string OrganisationName, RespondentGroup Group, string? Region, ProgressState State,
    DateTimeOffset? SubmittedAt, int ItemCount, bool NoNeeds, int? ResponseId, DateTimeOffset? ApprovedAt = null)
{
    // ApprovedAt: when its 決裁 was given (決裁済), kept once submitted; null where none was given.
}
