namespace Renkei.Web.Components.Pages.Surveys;

public partial class SurveyList
{
    private bool _canCreate;
    private IReadOnlyList<SurveySummaryView>? _surveys;
    private CreateForm? _creating;
    private ExtendForm? _extending;
    private bool _busy;

    private string FiscalYearHelp => _creating is { FiscalYear: > 2000 and < 2100 } f ? new FiscalYear(f.FiscalYear).ToDisplay(CultureInfo.CurrentUICulture) : "";

    protected override async Task OnInitializedAsync()
    {
        _canCreate = SurveyAccess.MayManage(await GetActorAsync());
        await LoadAsync();
    }

    protected override Task LoadLatestAsync() => LoadAsync();

    private async Task LoadAsync() => _surveys = await Surveys.ListAsync(await GetActorAsync());

    private static string Window(DateOnly opens, DateOnly closes) =>
        $"{Wareki.FormatDate(opens, CultureInfo.CurrentUICulture)} 〜 {Wareki.FormatDate(closes, CultureInfo.CurrentUICulture)}";

    private void StartCreate()
    {
        ClearErrors();
        var proposal = NeedsSurveyService.Proposal(CurrentFiscalYear.StartYear, _surveys?.Select(s => s.FiscalYear) ?? [], _surveys?.Count > 0);
        _creating = new CreateForm
        {
            FiscalYear = proposal.FiscalYear,
            Title = proposal.Title,
            MunicipalOpensOn = Day(proposal.MunicipalOpensOn), MunicipalClosesOn = Day(proposal.MunicipalClosesOn),
            DepartmentOpensOn = Day(proposal.DepartmentOpensOn), DepartmentClosesOn = Day(proposal.DepartmentClosesOn),
            CopyCategories = proposal.CopyCategoriesFromPreviousSurvey,
        };
    }

    private static DateTime Day(DateOnly date) => date.ToDateTime(TimeOnly.MinValue);

    private async Task CreateAsync()
    {
        if (_creating is not { } f)
        {
            return;
        }
        _busy = true;
        var input = new NewSurveyInput(f.FiscalYear, f.Title, Date(f.MunicipalOpensOn), Date(f.MunicipalClosesOn), Date(f.DepartmentOpensOn), Date(f.DepartmentClosesOn), f.CopyCategories);
        if (await TryAsync(actor => Surveys.CreateAsync(actor, input)))
        {
            _creating = null;
            Snackbar.Add(L["Surveys.Created"], Severity.Success);
            await LoadAsync();
        }
        _busy = false;
    }

    private static DateOnly Date(DateTime? value) => value is { } d ? DateOnly.FromDateTime(d) : default;

    private async Task OpenAsync(SurveySummaryView s) => await MoveAsync(actor => Surveys.OpenAsync(actor, s.Id, s.Version), L["Surveys.Opened"]);

    private async Task CloseAsync(SurveySummaryView s) => await MoveAsync(actor => Surveys.CloseAsync(actor, s.Id, s.Version), L["Surveys.Closed"]);

    private async Task MoveAsync(Func<Actor, Task> move, string done)
    {
        _busy = true;
        if (await TryAsync(move))
        {
            Snackbar.Add(done, Severity.Success);
            await LoadAsync();
        }
        _busy = false;
    }

    private void StartExtend(SurveySummaryView s)
    {
        ClearErrors();
        _extending = new ExtendForm { Survey = s, MunicipalClosesOn = s.MunicipalClosesOn.ToDateTime(TimeOnly.MinValue), DepartmentClosesOn = s.DepartmentClosesOn.ToDateTime(TimeOnly.MinValue) };
    }

    private async Task ExtendAsync()
    {
        if (_extending is not { } f)
        {
            return;
        }
        _busy = true;
        if (await TryAsync(actor => Surveys.ExtendAsync(actor, f.Survey.Id, Date(f.MunicipalClosesOn), Date(f.DepartmentClosesOn), f.Survey.Version)))
        {
            _extending = null;
            Snackbar.Add(L["Saved"], Severity.Success);
            await LoadAsync();
        }
        _busy = false;
    }

    private sealed class CreateForm
    {
        public int FiscalYear { get; set; }
        public string? Title { get; set; }
        public DateTime? MunicipalOpensOn { get; set; }
        public DateTime? MunicipalClosesOn { get; set; }
        public DateTime? DepartmentOpensOn { get; set; }
        public DateTime? DepartmentClosesOn { get; set; }
        public bool CopyCategories { get; set; }
    }

    private sealed class ExtendForm
    {
        public required SurveySummaryView Survey { get; init; }
        public DateTime? MunicipalClosesOn { get; set; }
        public DateTime? DepartmentClosesOn { get; set; }
    }
}
