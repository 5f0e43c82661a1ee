using Renkei.Core.Council;

using Renkei.Web.Localization;

namespace Renkei.Web.Components.Pages.Council;

/// <summary>
/// A meeting: its header, its sections (agenda, materials, attendance, written answers) and the steps the secretariat
/// moves it through — the steps offered are the view's <see cref="MeetingView.NextStates"/>.
/// </summary>
public partial class MeetingPage
{
    [Parameter] public int MeetingId { get; set; }

    private MeetingView? _meeting;
    private IReadOnlyList<AgendaItemView> _items = [];
    private string? _error;
    private bool _canEdit;

    private string When => MeetingText.When(_meeting!, L);

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    protected override Task LoadLatestAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            var actor = await GetActorAsync();
            _meeting = await Meetings.GetAsync(actor, MeetingId);
            _canEdit = _meeting.CanManage;
            _items = await Agenda.ListAsync(actor, MeetingId);
        }
        catch (Renkei.Core.Common.RenkeiException e)
        {
            _error = e.Said();
        }
    }

    /// <summary>The button of a step: to 予定 is reopening the agenda; to 議事録確定 confirms the minutes.</summary>
    private static string StepLabel(MeetingState to) => to switch
    {
        MeetingState.AgendaFixed => "Meeting.FixAgenda",
        MeetingState.Held => "Meeting.MarkHeld",
        MeetingState.Planned => "Meeting.ReopenAgenda",
        _ => "Meeting.ConfirmMinutes",
    };

    private Task StepAsync(MeetingState to) => to == MeetingState.MinutesConfirmed ? ConfirmAsync() : AdvanceAsync(to);

    private async Task AdvanceAsync(MeetingState to)
    {
        if (await TryAsync(actor => Agenda.AdvanceAsync(actor, MeetingId, to, _meeting!.Version)))
        {
            Snackbar.Add(string.Format(L["Meeting.Now"], L.Label(to)), Severity.Success);
            await LoadAsync();
        }
    }

    private async Task ConfirmAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["Meeting.ConfirmMinutes"], L["Meeting.ConfirmText"], yesText: L["Meeting.ConfirmMinutes"], cancelText: L["Cancel"]);
        if (confirmed != true)
        {
            return;
        }
        if (await TryAsync(actor => Agenda.ConfirmMinutesAsync(actor, MeetingId, _meeting!.Version)))
        {
            Snackbar.Add(L["Meeting.MinutesConfirmed"], Severity.Success);
            await LoadAsync();
        }
        else if (FieldErrors.Count > 0)
        {
            Snackbar.Add(string.Join(" ", FieldErrors.Values.SelectMany(m => m)), Severity.Warning);
        }
    }
}
