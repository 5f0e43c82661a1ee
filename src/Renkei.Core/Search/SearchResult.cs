namespace Renkei.Core.Search;

/// <summary>
/// The answer to a search: the groups that matched, and the kinds left out because the filters do not apply to them
/// (meetings and indicators belong to no region; indicators and arrangements to no single fiscal year).
/// </summary>
public sealed record SearchResult(string Text, IReadOnlyList<SearchGroup> Groups, IReadOnlyList<SearchKind> NotFiltered);
