using Renkei.Core.Council;

namespace Renkei.Web.Components.Pages.Council;

public partial class MeetingAgendaSection
{
    [Parameter, EditorRequired] public MeetingView Meeting { get; set; } = default!;
    [Parameter, EditorRequired] public IReadOnlyList<AgendaItemView> Items { get; set; } = [];

    /// <summary>Raised after a change: the page loads the meeting and its agenda again.</summary>
    [Parameter] public EventCallback Changed { get; set; }

    private IReadOnlyList<AgendaSuggestion> _suggestions = [];
    private IReadOnlyList<OrganisationOption> _organisations = [];
    private string? _title;
    private AgendaItemKind _kind = AgendaItemKind.Report;
    private int? _presenter;

    private bool Editable => Meeting.CanEditAgenda;

    protected override async Task OnParametersSetAsync()
    {
        if (!Editable)
        {
            _suggestions = [];
            return;
        }
        var actor = await GetActorAsync();
        _organisations = _organisations.Count == 0 ? await Meetings.ListPresentersAsync(actor) : _organisations;
        _suggestions = await Agenda.SuggestAsync(actor, Meeting.Id);
    }

    protected override Task LoadLatestAsync() => Changed.InvokeAsync();

    private async Task AddSuggestionAsync(AgendaSuggestion s)
    {
        if (await TryAsync(actor => Agenda.AddAsync(actor, Meeting.Id, new AgendaItemInput(s.Kind, s.Title, s.PresenterOrganisationId, [s.ThemeId]))))
        {
            await Changed.InvokeAsync();
        }
    }

    private async Task AddAsync()
    {
        if (await TryAsync(actor => Agenda.AddAsync(actor, Meeting.Id, new AgendaItemInput(_kind, _title, _presenter, null))))
        {
            _title = null;
            _presenter = null;
            await Changed.InvokeAsync();
        }
    }

    private async Task OnDroppedAsync(MudItemDropInfo<AgendaItemView> drop)
    {
        if (drop.Item is not { } item)
        {
            return;
        }
        var order = Items.Select(i => i.Id).Where(id => id != item.Id).ToList();
        order.Insert(Math.Clamp(drop.IndexInZone, 0, order.Count), item.Id);
        if (order.SequenceEqual(Items.Select(i => i.Id)))
        {
            return;
        }
        if (await TryAsync(actor => Agenda.ReorderAsync(actor, Meeting.Id, order)))
        {
            Snackbar.Add(string.Format(L["Meeting.Moved"], item.Title, order.IndexOf(item.Id) + 1), Severity.Success);
        }
        await Changed.InvokeAsync();
    }

    private async Task MoveAsync(AgendaItemView item, int by)
    {
        var order = Items.Select(i => i.Id).ToList();
        var at = order.IndexOf(item.Id);
        (order[at], order[at + by]) = (order[at + by], order[at]);
        if (await TryAsync(actor => Agenda.ReorderAsync(actor, Meeting.Id, order)))
        {
            await Changed.InvokeAsync();
        }
    }

    private async Task RemoveAsync(AgendaItemView item)
    {
        if (await TryAsync(actor => Agenda.RemoveAsync(actor, Meeting.Id, item.Id, item.Version)))
        {
            await Changed.InvokeAsync();
        }
    }

    private async Task RecordAsync(AgendaItemView item, AgendaOutcome? outcome, string? note)
    {
        if (outcome is { } o && await TryAsync(actor => Agenda.RecordOutcomeAsync(actor, Meeting.Id, item.Id, o, note, item.Version)))
        {
            await Changed.InvokeAsync();
        }
    }
}
