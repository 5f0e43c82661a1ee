namespace Renkei.Core.Cases;

public sealed record AdoptionView(
    int Id, int OrganisationId, string Organisation, DateOnly On, AdoptionStage Stage, string? Reason, string? Changes,
    int? ThemeId, string? Theme, bool CanEdit, uint Version);
