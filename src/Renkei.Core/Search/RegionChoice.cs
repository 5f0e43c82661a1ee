namespace Renkei.Core.Search;

/// <summary>A region the search can narrow to: a 連携支援室 and the municipalities of its jurisdiction.</summary>
public sealed record RegionChoice(int Id, string Name);
