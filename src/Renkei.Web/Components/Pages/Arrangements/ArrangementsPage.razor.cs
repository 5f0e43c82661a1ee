using Renkei.Core.Arrangements;

namespace Renkei.Web.Components.Pages.Arrangements;

/// <summary>The registry on a day: the seed's table by type, then every arrangement with its parties of that day.</summary>
public partial class ArrangementsPage
{
    [SupplyParameterFromQuery(Name = "type")] public string? TypeName { get; set; }

    private DateTime? _asOf;
    private ArrangementType? _type;
    private ArrangementSummary? _summary;
    private IReadOnlyList<ArrangementListItem>? _items;

    protected override async Task OnInitializedAsync()
    {
        _asOf = Today.ToDateTime(TimeOnly.MinValue);
        _type = Enum.TryParse<ArrangementType>(TypeName, out var type) && Enum.IsDefined(type) ? type : null;
        await LoadAsync();
    }

    private async Task AsOfChangedAsync(DateTime? value)
    {
        _asOf = value ?? Today.ToDateTime(TimeOnly.MinValue);
        await LoadAsync();
    }

    private async Task TypeChangedAsync(ArrangementType? value)
    {
        _type = value;
        await LoadAsync();
    }

    private async Task<int> ImportAsync(Stream csv) => await Arrangements.ImportCsvAsync(await GetActorAsync(), csv);

    private async Task LoadAsync()
    {
        var day = DateOnly.FromDateTime(_asOf!.Value);
        await TryAsync(async actor =>
        {
            _summary = await Arrangements.SummaryAsync(actor, day);
            _items = await Arrangements.ListAsync(actor, new ArrangementFilter(day, _type));
        });
    }
}
