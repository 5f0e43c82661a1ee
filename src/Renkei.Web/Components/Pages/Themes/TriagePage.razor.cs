using Renkei.Web.Localization;

namespace Renkei.Web.Components.Pages.Themes;

public partial class TriagePage
{
    /// <summary>Links from the dashboard open the list behind a number.</summary>
    [SupplyParameterFromQuery(Name = "surveyId")] public int? SurveyIdQuery { get; set; }
    [SupplyParameterFromQuery(Name = "state")] public string? StateQuery { get; set; }
    [SupplyParameterFromQuery(Name = "municipalityId")] public int? MunicipalityQuery { get; set; }

    private int? _municipalityId;
    private IReadOnlyList<SurveySummaryView> _surveys = [];
    private IReadOnlyList<ThemeListItem> _themes = [];
    private IReadOnlyList<TriageRow>? _rows;
    private readonly HashSet<int> _selected = [];
    private string? _error, _query, _themeTitle, _themeSummary, _note;
    private int? _surveyId, _linkThemeId, _categoryId;
    private SurveySection? _section;
    private IReadOnlyList<SurveyCategoryView> _categories = [];
    private TriageState? _state;
    private Urgency? _urgency;
    private TriageState _newState = TriageState.Reviewing;
    private bool _busy;

    /// <summary>Topics raised by several municipalities first, then the rest one by one.</summary>
    private IEnumerable<IGrouping<int, TriageRow>> Groups => _rows!.GroupBy(r => r.SimilarGroup)
        .OrderByDescending(g => g.Select(r => r.OrganisationId).Distinct().Count() > 1);

    protected override async Task OnInitializedAsync()
    {
        try
        {
            var actor = await GetActorAsync();
            _surveys = await Surveys.ListAsync(actor);
            _surveyId = SurveyIdQuery ?? _surveys.FirstOrDefault(s => s.Status != SurveyStatus.Draft)?.Id;
            _state = Enum.TryParse<TriageState>(StateQuery, out var state) ? state : null;
            _municipalityId = MunicipalityQuery;
            _themes = (await Themes.ListAsync(actor)).Where(t => t.State.IsOpen()).ToList();
            await LoadAsync();
        }
        catch (Renkei.Core.Common.RenkeiException e)
        {
            _error = e.Said();
        }
    }

    private async Task LoadAsync()
    {
        var actor = await GetActorAsync();
        _categories = _surveyId is { } surveyId ? await Surveys.ListCategoriesAsync(actor, surveyId) : [];
        _rows = await Triage.ListAsync(actor, new TriageFilter(_surveyId, _section, _categoryId, State: _state, Urgency: _urgency, MunicipalityId: _municipalityId, Query: _query));
        // Selections survive a new search, so needs found by different words can go into one theme.
    }

    private async Task FilterAsync(Action change)
    {
        change();
        await LoadAsync();
    }

    private void Toggle(int itemId, bool on)
    {
        if (on) _selected.Add(itemId); else _selected.Remove(itemId);
    }

    private static string Excerpt(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private async Task CreateThemeAsync()
    {
        _busy = true;
        var id = 0;
        if (await TryAsync(async actor => id = await Themes.CreateFromNeedsAsync(actor, new NewThemeInput(_themeTitle, _themeSummary, [.. _selected]))))
        {
            Snackbar.Add(L["Triage.ThemeCreated"], Severity.Success);
            Navigation.NavigateTo($"/themes/{id}");
        }
        _busy = false;
    }

    private async Task LinkAsync()
    {
        _busy = true;
        if (await TryAsync(actor => Themes.LinkNeedsAsync(actor, _linkThemeId!.Value, [.. _selected])))
        {
            Snackbar.Add(L["Triage.Linked"], Severity.Success);
            _selected.Clear();
            await LoadAsync();
        }
        _busy = false;
    }

    private async Task SetStateAsync()
    {
        _busy = true;
        foreach (var id in _selected.ToList())
        {
            var shown = _rows?.FirstOrDefault(r => r.ItemId == id)?.TriageVersion;
            if (!await TryAsync(actor => Triage.SetStateAsync(actor, id, _newState, _note, shown)))
            {
                _busy = false;
                return;
            }
        }
        Snackbar.Add(L["Saved"], Severity.Success);
        _selected.Clear();
        _note = null;
        await LoadAsync();
        _busy = false;
    }
}
