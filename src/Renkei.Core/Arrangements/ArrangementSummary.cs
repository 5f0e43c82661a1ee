namespace Renkei.Core.Arrangements;

/// <summary>The registry by type on <see cref="AsOf"/>, every type listed (0 included: 連携協約, 事務の代替執行).</summary>
public sealed record ArrangementSummary(DateOnly AsOf, IReadOnlyList<ArrangementSummaryRow> Rows, bool CanEdit);
