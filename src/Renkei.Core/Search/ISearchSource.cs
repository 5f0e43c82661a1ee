namespace Renkei.Core.Search;

/// <summary>One kind of record the search looks through, as the caller may open it.</summary>
internal interface ISearchSource
{
    SearchKind Kind { get; }

    /// <summary>Whether the kind has a fiscal year / a region the filters can narrow; a kind without one is left out when that filter is set.</summary>
    bool HasYear { get; }

    bool HasRegion { get; }

    Task<SearchGroup> RunAsync(SearchScope scope, CancellationToken cancellationToken);
}
