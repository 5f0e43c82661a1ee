namespace Renkei.Core.Arrangements;

public sealed record StepInput(StepKind Kind, DateOnly? On, bool MonthOnly, int? PartnerOrganisationId, string? Title, string? Note);
