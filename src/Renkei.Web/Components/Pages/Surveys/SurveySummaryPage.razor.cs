using Renkei.Web.Localization;

namespace Renkei.Web.Components.Pages.Surveys;

public partial class SurveySummaryPage
{
    [Parameter] public int SurveyId { get; set; }

    private SurveySummary? _summary;
    private string? _error;
    private string? _region;
    private int? _municipalityId;
    private IReadOnlyList<SummaryMunicipalityChoice> _municipalities = [];

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            _municipalities = await Summaries.ListFilterChoicesAsync(await GetActorAsync());
        }
        catch (Renkei.Core.Common.RenkeiException e)
        {
            _error = e.Said();
            return;
        }
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _summary = await Summaries.GetAsync(await GetActorAsync(), SurveyId, new SummaryFilter(_region, _municipalityId));
        }
        catch (Renkei.Core.Common.RenkeiException e)
        {
            _error = e.Said();
        }
    }

    private async Task RegionChanged(string? region)
    {
        _region = region;
        _municipalityId = null;
        await LoadAsync();
    }

    private async Task MunicipalityChanged(int? id)
    {
        _municipalityId = id;
        await LoadAsync();
    }

    private string Sections(GroupSummary group) => string.Join("、", group.Sections.Select(s => $"{L.Label(s.Section)} {s.Count}"));

    private string ExportUrl(string file)
    {
        var query = new List<string>();
        if (_region is not null)
        {
            query.Add($"region={Uri.EscapeDataString(_region)}");
        }
        if (_municipalityId is { } id)
        {
            query.Add($"municipalityId={id}");
        }
        return $"/exports/surveys/{SurveyId}/{file}" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
