namespace Renkei.Core.Cases;

public sealed record CaseResultView(string Indicator, string? Before, string? After, string? Source)
{
    /// <summary>A case's results in the order they were entered (the staff page and the public page show the same).</summary>
    internal static IReadOnlyList<CaseResultView> Of(IEnumerable<CaseResult> results) =>
        results.OrderBy(r => r.SortOrder).Select(r => new CaseResultView(r.Indicator, r.Before, r.After, r.Source)).ToList();
}
