namespace Renkei.Core.Surveys;

public sealed record ProgressRow(
    int OrganisationId, string OrganisationName, RespondentGroup Group, string? Region, ProgressState State,
    DateTimeOffset? SubmittedAt, int ItemCount, bool NoNeeds, int? ResponseId);
