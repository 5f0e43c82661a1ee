namespace Renkei.Core.Arrangements;

public sealed record ArrangementStepView(int Id, StepKind Kind, DateOnly? On, bool MonthOnly, int? PartnerOrganisationId, string? PartnerName, string? Title, string? Note);
