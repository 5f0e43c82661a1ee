using Renkei.Web.Localization;

namespace Renkei.Web.Components.Pages.Surveys;

public partial class NeedItemEditor
{
    [Parameter, EditorRequired] public int SurveyId { get; set; }
    [Parameter, EditorRequired] public SurveySection Section { get; set; }
    [Parameter, EditorRequired] public int Number { get; set; }
    [Parameter, EditorRequired] public IReadOnlyList<SurveyCategoryView> Categories { get; set; } = [];
    [Parameter, EditorRequired] public IReadOnlyList<OrganisationOption> Partners { get; set; } = [];
    [Parameter] public NeedItemView? Item { get; set; }
    [Parameter] public EventCallback<NeedItemView> OnSaved { get; set; }
    [Parameter] public EventCallback OnRemoved { get; set; }

    private enum SaveState { Incomplete, Saving, Saved, Invalid, Conflict, Failed }

    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _id;
    private uint _version;
    private int? _categoryId;
    private string? _title, _form, _content, _issues;
    private Urgency? _urgency;
    private Visibility _visibility = Visibility.Internal;
    private IReadOnlyCollection<int> _partners = [];
    private SaveState _state = SaveState.Incomplete;
    private string? _message;
    private DateTimeOffset? _savedAt;
    private bool _removed;
    private string? _heardBy;
    private bool _awaitsConfirmation;

    private string HeadingId => $"need-{Section}-{Number}";
    private string Heading => string.Format(L["Need.Heading"], L.Label(Section), Number, string.IsNullOrWhiteSpace(_title) ? L["Need.Untitled"] : _title);

    private string StateText => _state switch
    {
        SaveState.Incomplete => L["Need.State.Incomplete"],
        SaveState.Saving => L["Need.State.Saving"],
        SaveState.Saved => string.Format(L["Need.State.Saved"], _savedAt is { } at ? Wareki.ToJapanTime(at).ToString("HH:mm:ss") : ""),
        SaveState.Invalid => L["Need.State.Invalid"],
        _ => _message ?? "",
    };

    protected override void OnInitialized()
    {
        if (Item is { } item)
        {
            Load(item);
        }
    }

    private void Load(NeedItemView item)
    {
        _id = item.Id;
        _version = item.Version;
        _categoryId = item.CategoryId;
        _title = item.Title;
        _urgency = item.Urgency;
        _visibility = item.Visibility;
        _form = item.Form;
        _content = item.Content;
        _issues = item.Issues;
        _partners = item.PartnerOrganisationIds;
        (_heardBy, _awaitsConfirmation) = (item.HeardBy, item.AwaitsConfirmation);
        _savedAt = null;
        _state = SaveState.Saved;
        _savedSignature = Signature(CurrentInput());
    }

    private NeedItemInput CurrentInput() => new(_categoryId, _title, _urgency, _form, _content, _issues, _partners.ToArray(), Section, _visibility);

    /// <summary>What a save would store, to tell a change from a field merely left.</summary>
    private static string Signature(NeedItemInput input) => System.Text.Json.JsonSerializer.Serialize(input);

    private Task ChangeVisibilityAsync(Visibility visibility)
    {
        _visibility = visibility;
        return SaveAsync();
    }

    /// <summary>How long typing must pause before the editor saves what was typed.</summary>
    private static readonly TimeSpan TypingPause = TimeSpan.FromMilliseconds(800);

    private CancellationTokenSource? _pause;
    private string? _savedSignature;

    /// <summary>A keystroke: the text is the editor's at once; the save waits for a pause in the typing.</summary>
    private void Typed(Action keep)
    {
        keep();
        _pause?.Cancel();
        var pause = _pause = new CancellationTokenSource();
        _ = SaveAfterPauseAsync(pause.Token);
    }

    private async Task SaveAfterPauseAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(TypingPause, token); // wall time: a pause in typing, not the portal's (movable) clock
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await InvokeAsync(async () =>
        {
            if (!token.IsCancellationRequested)
            {
                await SaveAsync();
                StateHasChanged();
            }
        });
    }

    private string PartnerName(int id) => Partners.FirstOrDefault(p => p.Id == id)?.Name ?? "";

    private async Task SaveAsync()
    {
        _pause?.Cancel();
        if (_removed)
        {
            return;
        }
        if (_id == 0 && (_categoryId is null || string.IsNullOrWhiteSpace(_title) || _urgency is null))
        {
            _state = SaveState.Incomplete; // nothing to store yet: a new need needs its category, title and urgency
            return;
        }
        await OneAtATimeAsync(async () =>
        {
            var input = CurrentInput();
            var signature = Signature(input);
            if (_id != 0 && signature == _savedSignature && _state == SaveState.Saved)
            {
                return; // a field left without a change, or the pause's save after the blur's: nothing new to store
            }
            _state = SaveState.Saving;
            var actor = await GetActorAsync();
            var saved = _id == 0
                ? await Responses.AddItemAsync(actor, SurveyId, input)
                : await Responses.UpdateItemAsync(actor, SurveyId, _id, input, _version);
            _id = saved.Id;
            _version = saved.Version;
            _awaitsConfirmation = saved.AwaitsConfirmation;
            _savedAt = Clock.GetUtcNow();
            _state = SaveState.Saved;
            _savedSignature = signature;
            ClearErrors();
            await OnSaved.InvokeAsync(saved);
        });
    }

    /// <summary>聞き取り: the municipality takes the need its 連携支援室 entered as its own (after any save in flight).</summary>
    private Task ConfirmAsync() => OneAtATimeAsync(async () =>
    {
        var confirmed = await Responses.ConfirmItemAsync(await GetActorAsync(), SurveyId, _id, _version);
        (_version, _awaitsConfirmation) = (confirmed.Version, false);
        Snackbar.Add(L["Heard.ConfirmedNow"], Severity.Success);
        await OnSaved.InvokeAsync(confirmed);
    });

    /// <summary>A change of the stored item, one at a time; a refusal becomes the editor's state (invalid, conflict, failed).</summary>
    private async Task OneAtATimeAsync(Func<Task> change)
    {
        await _gate.WaitAsync();
        try
        {
            await change();
        }
        catch (Renkei.Core.Common.ValidationException e)
        {
            ShowErrors(e.ErrorsSaid());
            _state = SaveState.Invalid;
        }
        catch (Renkei.Core.Common.ConflictException e)
        {
            _message = e.Said();
            _state = SaveState.Conflict;
        }
        catch (Renkei.Core.Common.RenkeiException e)
        {
            _message = e.Said();
            _state = SaveState.Failed;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>After a conflict: shows what the colleague saved (or drops the item if they deleted it).</summary>
    private async Task ReloadAsync()
    {
        var mine = await Responses.GetMineAsync(await GetActorAsync(), SurveyId);
        if (mine.Items.FirstOrDefault(i => i.Id == _id) is { } latest)
        {
            ClearErrors();
            Load(latest);
            Snackbar.Add(L["Need.Reloaded"], Severity.Info);
        }
        else
        {
            Snackbar.Add(L["Need.GoneElsewhere"], Severity.Info);
            await RemoveAsync();
        }
    }

    private async Task DeleteAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["Need.DeleteTitle"], string.Format(L["Need.DeleteConfirm"], Heading), yesText: L["Delete"], cancelText: L["Cancel"]);
        if (confirmed != true)
        {
            return;
        }
        if (_id != 0 && !await TryAsync(actor => Responses.DeleteItemAsync(actor, SurveyId, _id, _version)))
        {
            return;
        }
        Snackbar.Add(L["Need.Deleted"], Severity.Success);
        await RemoveAsync();
    }

    private async Task RemoveAsync()
    {
        _removed = true;
        await OnRemoved.InvokeAsync();
    }

    /// <summary>A closed tab or a page change: a save in flight is let finish, not cut off.</summary>
    public async ValueTask DisposeAsync()
    {
        _pause?.Cancel(); // a page change inside the pause: the field was left (blur) and saved then
        if (_state is SaveState.Saving)
        {
            await _gate.WaitAsync();
            _gate.Release();
        }
        _gate.Dispose();
    }
}
