namespace Renkei.Core.Grants;

/// <summary>
/// 効果の検証: the seed's tables computed from what is registered — areas by start year, their average size beside the
/// benchmarks, fields, relation to 定住自立圏, money by year and field, the secretariat's share — and what is missing.
/// </summary>
public sealed record EffectReport(
    int ProgramId, string ProgramName, int? StatisticsYear, IReadOnlyList<EffectReport.StartYearRow> ByStartYear,
    EffectReport.SizeSummary Size, IReadOnlyList<BenchmarkInput> Benchmarks, IReadOnlyList<EffectReport.FieldRow> Fields,
    IReadOnlyList<EffectReport.RelationRow> Relations, IReadOnlyList<EffectReport.MoneyYearRow> MoneyByYear,
    IReadOnlyList<EffectReport.MoneyFieldRow> MoneyByField, EffectReport.SecretariatSummary Secretariats, IReadOnlyList<string> Gaps)
{
    public const int SmallPopulation = 40_000;
    public const decimal LargeAreaKm2 = 1_000m;

    public int AreaCount => ByStartYear.Sum(r => r.Areas.Count);
    public int MunicipalityCount => ByStartYear.Sum(r => r.Municipalities);

    public sealed record AreaEntry(int Id, string Name, int RegisteredMembers, int? DeclaredMembers);

    /// <summary>区分 H27～: the areas that started in the year and their registered municipalities.</summary>
    public sealed record StartYearRow(int FiscalYear, IReadOnlyList<AreaEntry> Areas, int Municipalities);

    /// <summary>Averages over the areas whose members all have the year's figures (<see cref="AreasMeasured"/> of them).</summary>
    public sealed record SizeSummary(
        int AreasMeasured, int AreasMeasuredForArea, decimal? AveragePopulation, decimal? AverageAreaKm2, decimal? AverageMembers,
        int UnderSmallPopulation, int OverLargeArea, int WithinTypicalSize, int TypicalMin, int TypicalMax);

    public sealed record FieldRow(VisionField Field, int Areas, IReadOnlyList<string> Projects);

    /// <summary>A relation to 定住自立圏等, or null for the areas where it is not entered.</summary>
    public sealed record RelationRow(SettlementRelation? Relation, IReadOnlyList<string> Areas);

    public sealed record MoneyYearRow(int FiscalYear, int Grants, long Applied, long Awarded, long Disbursed, long Used, long Returned);

    public sealed record MoneyFieldRow(VisionField Field, int Projects, long Planned, long Used);

    /// <summary>How the 事務局 was shared: one municipality every year, in turns, not entered; and how often not the largest member.</summary>
    public sealed record SecretariatSummary(int Fixed, int Rotating, int NotEntered, int NotLargestMember, int Compared);
}
