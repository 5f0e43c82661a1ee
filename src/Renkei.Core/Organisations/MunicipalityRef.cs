namespace Renkei.Core.Organisations;

public sealed record MunicipalityRef(string Code, string Name, MunicipalityKind Kind);
