namespace Renkei.Core.Organisations;

public sealed record MunicipalityListItem(
    int Id, string Code, string Name, MunicipalityKind Kind, string Region,
    string BranchOffice, string SupportOffice, int? LatestPopulation, int? LatestPopulationYear);
