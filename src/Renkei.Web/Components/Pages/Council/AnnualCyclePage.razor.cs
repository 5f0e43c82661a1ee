using Renkei.Core.Council;

namespace Renkei.Web.Components.Pages.Council;

public partial class AnnualCyclePage
{
    [SupplyParameterFromQuery] public int? Year { get; set; }

    private int _year;
    private AnnualCycleView? _cycle;
    private IReadOnlyList<MeetingView> _meetings = [];
    private SurveySummaryView? _survey;
    private IReadOnlyList<ThemeListItem> _themes = [];
    private bool _canEdit, _busy;
    private MeetingForm? _editing;

    private IEnumerable<int> Years
    {
        get
        {
            var current = CurrentFiscalYear.StartYear;
            return Enumerable.Range(current - 2, 4).Append(_year).Distinct().OrderDescending();
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        var actor = await GetActorAsync();
        _year = Year ?? CurrentFiscalYear.StartYear;
        _survey = (await Surveys.ListAsync(actor)).SingleOrDefault(s => s.FiscalYear == _year);
        _themes = await Themes.ListAsync(actor);
        await LoadAsync();
    }

    protected override Task LoadLatestAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var actor = await GetActorAsync();
        _cycle = await Cycles.GetAsync(actor, _year);
        _canEdit = _cycle.CanManage;
        _meetings = await Meetings.ListAsync(actor, _year);
    }

    private void YearChanged(int year) => Navigation.NavigateTo($"/council/cycle?year={year}");

    private static string Months(AnnualCycleItemView item) => item.StartsAt is { } at
        ? Wareki.ToJapanTime(at).ToString("M月d日", CultureInfo.InvariantCulture)
        : item.TargetFrom == item.TargetUntil ? $"{item.TargetFrom.Month}月" : $"{item.TargetFrom.Month}〜{item.TargetUntil.Month}月";

    private string Describe(MeetingView m) => MeetingText.When(m, L);

    private static Color Colour(AnnualCycleItemStatus status) => status switch
    {
        AnnualCycleItemStatus.Done => Color.Success,
        AnnualCycleItemStatus.Late => Color.Error,
        AnnualCycleItemStatus.Due => Color.Info,
        _ => Color.Default,
    };

    private async Task GenerateAsync()
    {
        _busy = true;
        if (await TryAsync(actor => Cycles.GenerateAsync(actor, _year)))
        {
            Snackbar.Add(L["Cycle.Generated"], Severity.Success);
            await LoadAsync();
        }
        _busy = false;
    }

    private void Edit(MeetingView m)
    {
        ClearErrors();
        var local = m.StartsAt is { } at ? Wareki.ToJapanTime(at).DateTime : (DateTime?)null;
        _editing = new MeetingForm
        {
            Id = m.Id, Title = m.Title, Version = m.Version, IsWritten = m.IsWritten, Place = m.Place, OrderReason = m.OrderReason,
            Date = local?.Date, Time = local?.TimeOfDay ?? new TimeSpan(13, 30, 0), Deadline = m.AnswerDeadline?.ToDateTime(TimeOnly.MinValue),
        };
    }

    private async Task SaveMeetingAsync()
    {
        var f = _editing!;
        DateTimeOffset? startsAt = !f.IsWritten && f.Date is { } date ? new DateTimeOffset(date.Date + (f.Time ?? TimeSpan.Zero), TimeSpan.FromHours(9)) : null;
        DateOnly? deadline = f.IsWritten && f.Deadline is { } d ? DateOnly.FromDateTime(d) : null;
        if (await TryAsync(actor => Meetings.UpdateAsync(actor, f.Id, new MeetingInput(f.Title, startsAt, f.IsWritten ? null : f.Place, f.IsWritten, deadline, f.OrderReason), f.Version)))
        {
            Snackbar.Add(L["Saved"], Severity.Success);
            _editing = null;
            await LoadAsync();
        }
    }

    private async Task ToggleDoneAsync(int milestoneId, bool done, uint version)
    {
        var today = Today;
        if (await TryAsync(actor => Cycles.SetMilestoneDoneAsync(actor, milestoneId, done ? today : null, version)))
        {
            await LoadAsync();
        }
    }

    private sealed class MeetingForm
    {
        public int Id { get; init; }
        public string Title { get; init; } = "";
        public uint Version { get; init; }
        public bool IsWritten { get; set; }
        public DateTime? Date { get; set; }
        public TimeSpan? Time { get; set; }
        public string? Place { get; set; }
        public DateTime? Deadline { get; set; }
        public string? OrderReason { get; set; }
    }
}
