using Renkei.Core.Organisations;

namespace Renkei.Web.Components.Pages.Organisations;

public partial class MunicipalityList
{
    private IReadOnlyList<MunicipalityListItem>? _municipalities;
    private IReadOnlyList<string> _regions = [];
    private IReadOnlyList<MunicipalityKind?> _kinds = [];
    private string? _search;
    private string? _region;
    private MunicipalityKind? _kind;

    protected override async Task OnInitializedAsync()
    {
        _municipalities = await Directory.ListMunicipalitiesAsync(await GetActorAsync());
        _regions = _municipalities.Select(m => m.Region).Where(r => r.Length > 0).Distinct().ToList();
        _kinds = _municipalities.Select(m => (MunicipalityKind?)m.Kind).Distinct().Order().ToList();
    }

    /// <summary>Name or code (full or partial), region and kind, all optional.</summary>
    private IEnumerable<MunicipalityListItem> Filtered => (_municipalities ?? [])
        .Where(m => string.IsNullOrWhiteSpace(_search)
                    || m.Name.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase)
                    || m.Code.StartsWith(_search.Trim(), StringComparison.Ordinal))
        .Where(m => _region is null || m.Region == _region)
        .Where(m => _kind is null || m.Kind == _kind);
}
