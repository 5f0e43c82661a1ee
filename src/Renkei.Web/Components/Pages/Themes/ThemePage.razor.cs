using Renkei.Web.Localization;

namespace Renkei.Web.Components.Pages.Themes;

public partial class ThemePage
{
    [Parameter] public int ThemeId { get; set; }

    private ThemeDetail? _theme;
    private ThemeForm? _form;
    private string? _error;
    private bool _busy, _allMethods;
    private IReadOnlyList<OrganisationOption> _departments = [];
    private IReadOnlyList<MunicipalityListItem> _municipalities = [];

    private IEnumerable<CollaborationMethod> OfferedMethods => _form?.DeploymentMethod is { } m && !_allMethods
        ? ThemeCatalogue.SuggestedMethods[m].Union(_form.Methods)
        : Enum.GetValues<CollaborationMethod>();

    protected override async Task OnParametersSetAsync()
    {
        var actor = await GetActorAsync();
        _departments = (await Directory.ListOrganisationsAsync(actor)).Where(o => o.Type == OrganisationType.Department).ToList();
        _municipalities = await Directory.ListMunicipalitiesAsync(actor);
        await LoadAsync();
    }

    protected override Task LoadLatestAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            _theme = await Themes.GetAsync(await GetActorAsync(), ThemeId);
            _form = new ThemeForm
            {
                Title = _theme.Title, Summary = _theme.Summary, DeploymentMethod = _theme.DeploymentMethod, Methods = [.. _theme.Methods],
                LeadDepartmentId = _theme.LeadDepartmentId, Participants = _theme.Participants.Select(p => p.Id).ToList(),
                StudyBody = _theme.StudyBody, Outcome = _theme.Outcome, Visibility = _theme.Visibility,
                BudgetNotes = _theme.BudgetNotes.Select(n => new BudgetNoteForm { FiscalYear = n.FiscalYear, Note = n.Note }).ToList(),
            };
        }
        catch (Renkei.Core.Common.RenkeiException e)
        {
            _error = e.Said();
        }
    }

    private void ToggleMethod(CollaborationMethod method, bool on)
    {
        _form!.Methods.Remove(method);
        if (on)
        {
            _form.Methods.Add(method);
        }
    }

    private void AddBudgetNote() => _form!.BudgetNotes.Add(new BudgetNoteForm { FiscalYear = CurrentFiscalYear.StartYear + 1 });

    private async Task SaveAsync()
    {
        var f = _form!;
        _busy = true;
        var input = new ThemeInput(f.Title, f.Summary, f.DeploymentMethod, [.. f.Methods], f.LeadDepartmentId, [.. f.Participants], f.StudyBody, f.Outcome,
            f.BudgetNotes.Select(n => new BudgetNoteView(n.FiscalYear, n.Note ?? "")).ToList(), f.Visibility);
        if (await TryAsync(actor => Themes.UpdateAsync(actor, ThemeId, input, _theme!.Version)))
        {
            Snackbar.Add(L["Saved"], Severity.Success);
            await LoadAsync();
        }
        _busy = false;
    }

    private async Task MoveAsync(ThemeState to)
    {
        var input = await ThemeMoves.AskAsync(Dialogs, L, _theme!.Title, _theme.Scope, to);
        if (input is not null && await TryAsync(actor => Themes.TransitionAsync(actor, ThemeId, input with { Version = _theme.Version })))
        {
            Snackbar.Add(string.Format(L["Theme.Moved"], L.Label(to)), Severity.Success);
            await LoadAsync();
        }
        else if (FieldErrors.Count > 0)
        {
            Snackbar.Add(string.Join(" ", FieldErrors.Values.SelectMany(m => m)), Severity.Warning);
        }
    }

    private async Task EscalateAsync()
    {
        var answer = await ThemeMoves.AskReasonAsync(Dialogs, L["Theme.Escalate"], L["Theme.Escalate"], _theme!.Title, L["Theme.EscalateConfirm"]);
        if (answer is not null && await TryAsync(actor => Themes.EscalateAsync(actor, ThemeId, answer.Reason, _theme.Version)))
        {
            Snackbar.Add(L["Theme.EscalatedDone"], Severity.Success);
            await LoadAsync();
        }
        else if (FieldErrors.Count > 0)
        {
            Snackbar.Add(string.Join(" ", FieldErrors.Values.SelectMany(m => m)), Severity.Warning);
        }
    }

    private sealed class ThemeForm
    {
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public DeploymentMethod? DeploymentMethod { get; set; }
        public List<CollaborationMethod> Methods { get; set; } = [];
        public int? LeadDepartmentId { get; set; }
        public IReadOnlyCollection<int> Participants { get; set; } = [];
        public string? StudyBody { get; set; }
        public string? Outcome { get; set; }
        public Visibility Visibility { get; set; } = Visibility.Internal;
        public List<BudgetNoteForm> BudgetNotes { get; set; } = [];
    }

    private sealed class BudgetNoteForm
    {
        public int FiscalYear { get; set; }
        public string? Note { get; set; }
    }
}
