namespace Renkei.Core.Grants;

/// <summary>The program page: its rules, the areas the actor may read, and whether it may keep them.</summary>
public sealed record ProgramView(
    int Id, string Name, string? Scheme, string? Purpose, int FirstFiscalYear, int LastFiscalYear, int LastAdoptionFiscalYear,
    long CapPerMember, int MaxSupportYears, int TypicalMinMembers, int TypicalMaxMembers, string? EligibilityNotes,
    AllocationRule Allocation, int? StatisticsYear, IReadOnlyList<BenchmarkInput> Benchmarks, IReadOnlyList<AreaListItem> Areas,
    bool CanManage, bool CanReadReport, uint Version);
