namespace Renkei.Core.Organisations;

public sealed record SupportOfficeView(int Id, string Name, IReadOnlyList<MunicipalityRef> Jurisdiction);
