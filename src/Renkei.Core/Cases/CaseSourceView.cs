namespace Renkei.Core.Cases;

public sealed record CaseSourceView(string Title, string? Url)
{
    /// <summary>A case's outside sources in the order they were entered.</summary>
    internal static IReadOnlyList<CaseSourceView> Of(IEnumerable<CaseSource> sources) =>
        sources.OrderBy(s => s.SortOrder).Select(s => new CaseSourceView(s.Title, s.Url)).ToList();
}
