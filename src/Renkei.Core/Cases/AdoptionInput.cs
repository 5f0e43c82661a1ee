namespace Renkei.Core.Cases;

/// <summary>A municipality takes up a case: when, how far, and what it changed (a reason when it gave up).</summary>
public sealed record AdoptionInput(int OrganisationId, DateOnly On, AdoptionStage Stage, string? Reason, string? Changes, int? ThemeId = null);
