using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Renkei.Core.Search;

namespace Renkei.Web.Components.Pages.Search;

/// <summary>The search page: its address holds the query (q, fiscalYear, regionId, kind), so a search can be bookmarked, shared and reloaded.</summary>
public partial class SearchPage
{
    [Inject] private SearchService Search { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "q")] public string? Words { get; set; }
    [SupplyParameterFromQuery(Name = "fiscalYear")] public int? FiscalYearQuery { get; set; }
    [SupplyParameterFromQuery(Name = "regionId")] public int? RegionQuery { get; set; }
    [SupplyParameterFromQuery(Name = "kind")] public string? KindQuery { get; set; }

    private string? _words;
    private int? _year;
    private int? _region;
    private bool _loading;
    private SearchResult? _result;
    private IReadOnlyList<RegionChoice> _regions = [];

    private SearchKind? Kind => Enum.TryParse<SearchKind>(KindQuery, out var k) && Enum.IsDefined(k) ? k : null;

    /// <summary>This fiscal year and the nine before it (the years the portal keeps at hand).</summary>
    private IEnumerable<int> YearChoices => Enumerable.Range(0, 10).Select(i => CurrentFiscalYear.StartYear - i);

    protected override async Task OnInitializedAsync() =>
        await TryAsync(async actor => _regions = await Search.RegionsAsync(actor));

    protected override async Task OnParametersSetAsync()
    {
        (_words, _year, _region) = (Words, FiscalYearQuery, RegionQuery);
        _result = null;
        if (string.IsNullOrWhiteSpace(Words))
        {
            return;
        }
        _loading = true;
        await TryAsync(async actor => _result = await Search.SearchAsync(actor, new SearchQuery(Words, FiscalYearQuery, RegionQuery, Kind)));
        _loading = false;
    }

    private void Submit() => Navigation.NavigateTo(Link(_words, _year, _region, null));

    private void WordsKeyUp(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            Submit();
        }
    }

    /// <summary>The same search for one kind (its further hits), or for all kinds again.</summary>
    private string LinkFor(SearchKind? kind) => Link(Words, FiscalYearQuery, RegionQuery, kind);

    /// <summary>The search page's address for a query (the app bar's box goes there too).</summary>
    internal static string Link(string? words, int? year = null, int? region = null, SearchKind? kind = null) =>
        "/search?" + string.Join("&", new[]
        {
            $"q={Uri.EscapeDataString(words?.Trim() ?? "")}",
            year is { } y ? $"fiscalYear={y}" : null,
            region is { } r ? $"regionId={r}" : null,
            kind is { } k ? $"kind={k}" : null,
        }.Where(p => p is not null));
}
