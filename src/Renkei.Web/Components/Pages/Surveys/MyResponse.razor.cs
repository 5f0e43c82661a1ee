using Renkei.Web.Localization;

namespace Renkei.Web.Components.Pages.Surveys;

public partial class MyResponse
{
    [Parameter] public int SurveyId { get; set; }

    private SurveyResponseView? _response;
    private IReadOnlyList<SurveyCategoryView> _categories = [];
    private IReadOnlyList<OrganisationOption> _partners = [];
    private List<Slot> _slots = [];
    private IReadOnlyDictionary<int, TriageService.OwnNeedState> _triage = new Dictionary<int, TriageService.OwnNeedState>();
    private string? _error;
    private bool _busy;

    /// <summary>One editor on the page; the key keeps an editor (and what is typed in it) while others come and go.</summary>
    private sealed class Slot(SurveySection section, NeedItemView? item)
    {
        public Guid Key { get; } = Guid.NewGuid();
        public SurveySection Section { get; } = section;
        public NeedItemView? Item { get; set; } = item;
    }

    private int ItemCount => _slots.Count(s => s.Item is not null);

    private string DaysLeft => _response!.Window switch
    {
        { DaysLeft: < 0 } => L["Answer.Overdue"],
        { DaysLeft: 0 } => L["Answer.DueToday"],
        var w => string.Format(L["Answer.DaysLeft"], w.DaysLeft),
    };

    /// <summary>Loads once per survey: a repeated parameter set must not drop editors whose need is not saved yet.</summary>
    protected override Task OnParametersSetAsync() => IsFirstSetOf(SurveyId) ? LoadAsync() : Task.CompletedTask;

    private async Task LoadAsync()
    {
        try
        {
            var actor = await GetActorAsync();
            var response = await Responses.GetMineAsync(actor, SurveyId);
            var categories = await Surveys.ListCategoriesAsync(actor, SurveyId);
            var partners = (await Directory.ListOrganisationsAsync(actor))
                .Where(o => o.Type is OrganisationType.Municipality or OrganisationType.Department && o.Id != actor.OrganisationId)
                .ToList();
            var triage = await TriageStates.OwnNeedStatesAsync(actor, SurveyId);
            // All at once: a render between the awaits must not show the new response with the old needs (the foot
            // would count none and offer to ask for the 決裁 or submit as 回答なし).
            (_response, _categories, _partners, _triage) = (response, categories, partners, triage);
            _slots = response.Items.Select(i => new Slot(i.Section, i)).ToList();
        }
        catch (Renkei.Core.Common.RenkeiException e)
        {
            _error = e.Said();
        }
    }

    private IReadOnlyList<SurveyCategoryView> CategoriesOf(SurveySection section) => _categories.Where(c => c.Section == section).ToList();

    private void Add(SurveySection section) => _slots.Add(new Slot(section, null));

    private void Saved(Slot slot, NeedItemView saved) => slot.Item = saved;

    private void Removed(Slot slot) => _slots.Remove(slot);

    private async Task CopyPreviousAsync()
    {
        _busy = true;
        CopyResult? result = null;
        if (await TryAsync(async actor => result = await Responses.CopyPreviousAsync(actor, SurveyId)) && result is not null)
        {
            Snackbar.Add(string.Format(L["Answer.Copied"], new FiscalYear(result.FromFiscalYear).ToDisplay(CultureInfo.CurrentUICulture), result.Copied, result.MappedToOther), Severity.Success);
            await LoadAsync();
        }
        else if (ErrorFor("Previous") is { } message)
        {
            Snackbar.Add(message, Severity.Info);
        }
        _busy = false;
    }
}
