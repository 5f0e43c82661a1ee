namespace Renkei.Core.Regions;

public sealed record ContactLogFilter(int? FiscalYear = null, int? MunicipalityId = null);
