namespace Renkei.Core.Search;

/// <summary>The hits of one kind: how many match in all, and the first of them (newest first).</summary>
public sealed record SearchGroup(SearchKind Kind, int Total, IReadOnlyList<SearchHit> Hits);
