namespace Renkei.Core.Organisations;

public sealed record MunicipalityProfile(
    int Id, string Code, string Name, MunicipalityKind Kind, string Region,
    string BranchOffice, string SupportOffice, MunicipalityContactView Contact, uint Version,
    IReadOnlyList<MunicipalityStatisticView> Statistics, bool CanEditContact, bool CanEditStatistics);
