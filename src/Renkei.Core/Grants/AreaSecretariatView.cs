namespace Renkei.Core.Grants;

public sealed record AreaSecretariatView(int Id, int FiscalYear, int MunicipalityId, string Name, string? Note);
