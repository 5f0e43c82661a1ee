namespace Renkei.Core.Organisations;

public sealed record MunicipalityListItem(
    int Id, string Code, string Name, MunicipalityKind Kind, string Region,
    string BranchOffice, string SupportOffice, int? LatestPopulation, int? LatestPopulationYear);

public sealed record MunicipalityProfile(
    int Id, string Code, string Name, MunicipalityKind Kind, string Region,
    string BranchOffice, string SupportOffice, MunicipalityContactView Contact, uint Version,
    IReadOnlyList<MunicipalityStatisticView> Statistics, bool CanEditContact, bool CanEditStatistics);

public sealed record MunicipalityContactView(string? Division, string? Phone, string? Email);

public sealed record MunicipalityStatisticView(
    int Id, int Year, int Population, decimal? ElderlyShare, int? GeneralAdminStaff,
    int? CivilEngineers, int? ArchitectureEngineers, int? AgriForestryEngineers, bool IsProjection, uint Version);

public sealed record BranchOfficeView(int Id, string Name, IReadOnlyList<SupportOfficeView> SupportOffices);

public sealed record SupportOfficeView(int Id, string Name, IReadOnlyList<MunicipalityRef> Jurisdiction);

public sealed record MunicipalityRef(string Code, string Name, MunicipalityKind Kind);

public sealed record OrganisationOption(int Id, string Name, OrganisationType Type, bool IsSecretariat);
