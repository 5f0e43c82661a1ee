using Renkei.Core.Cases;

namespace Renkei.Web.Components.Pages.Cases;

/// <summary>The library: keywords, facets with their counts over every match, newest or most adopted first.</summary>
public partial class CasesPage
{
    [SupplyParameterFromQuery(Name = "sort")] public string? SortName { get; set; }
    [SupplyParameterFromQuery(Name = "field")] public string? FieldName { get; set; }

    private CaseQuery _query = new();
    private CaseSearchResult? _result;
    private string? _text;

    private int Pages => _result is null ? 0 : (_result.Total + _result.PageSize - 1) / _result.PageSize;

    /// <summary>Links from the dashboard (?sort=MostAdopted) and from 関連する事例 (?field=…) open the library already narrowed.</summary>
    protected override Task OnInitializedAsync()
    {
        _query = new CaseQuery(Field: string.IsNullOrWhiteSpace(FieldName) ? null : FieldName, Sort: Parse<CaseSort>(SortName) ?? CaseSort.Newest);
        return LoadAsync();
    }

    private Task SearchAsync() => FilterAsync(_query with { Text = _text });

    private Task SortChangedAsync(CaseSort sort) => FilterAsync(_query with { Sort = sort });

    private Task StateChangedAsync(CaseState state) => FilterAsync(_query with { State = state });

    /// <summary>A new filter starts again at page 1; the page buttons keep theirs.</summary>
    private Task FilterAsync(CaseQuery query, bool keepPage = false)
    {
        _query = keepPage ? query : query with { Page = 1 };
        return LoadAsync();
    }

    private static IReadOnlyList<CaseFacet.Value> Facet<T>(IReadOnlyList<FacetCount<T>> counts, Func<T, string> label) where T : notnull =>
        counts.Select(c => new CaseFacet.Value(c.Value.ToString()!, label(c.Value), c.Count)).ToList();

    private static T? Parse<T>(string? key) where T : struct, Enum => Enum.TryParse<T>(key, out var value) ? value : null;

    private Task LoadAsync() => TryAsync(async actor => _result = await Library.SearchAsync(actor, _query));
}
