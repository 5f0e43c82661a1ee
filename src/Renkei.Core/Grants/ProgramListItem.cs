namespace Renkei.Core.Grants;

public sealed record ProgramListItem(int Id, string Name, string? Scheme, int FirstFiscalYear, int LastFiscalYear, int AreaCount);
