namespace Renkei.Core.Arrangements;

/// <summary>The registry by type on <see cref="AsOf"/>, every type listed (0 included: 連携協約, 事務の代替執行).</summary>
public sealed record ArrangementSummary(DateOnly AsOf, IReadOnlyList<ArrangementSummaryRow> Rows, bool CanEdit)
{
    /// <summary>By kind of work, in the catalogue's order; kinds no arrangement in force handles are left out.</summary>
    public IReadOnlyList<KindSummaryRow> ByKind { get; init; } = [];

    /// <summary>By region, in the prefecture's order of regions.</summary>
    public IReadOnlyList<RegionSummaryRow> ByRegion { get; init; } = [];
}
