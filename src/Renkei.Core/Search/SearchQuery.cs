namespace Renkei.Core.Search;

/// <summary>
/// What the app bar's search asks: words (found anywhere, as typed), optionally one fiscal year, one region (a 連携支援室's
/// jurisdiction) and one kind (the page of a group's further hits).
/// </summary>
public sealed record SearchQuery(string Text, int? FiscalYear = null, int? RegionId = null, SearchKind? Kind = null);
