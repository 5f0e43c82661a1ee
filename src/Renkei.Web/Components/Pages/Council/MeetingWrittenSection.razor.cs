using Renkei.Core.Council;

namespace Renkei.Web.Components.Pages.Council;

public partial class MeetingWrittenSection
{
    [Parameter, EditorRequired] public MeetingView Meeting { get; set; } = default!;

    private bool _isMember;
    private WrittenAnswerView? _myAnswer;
    private IReadOnlyList<WrittenAnswerView> _answers = [];
    private WrittenAnswerKind _answer = WrittenAnswerKind.Approve;
    private string? _comment;

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var actor = await GetActorAsync();
        (_isMember, _myAnswer) = await Written.MineAsync(actor, Meeting.Id);
        _answers = Meeting.CanManage ? await Written.ListAsync(actor, Meeting.Id) : [];
    }

    private async Task AnswerAsync()
    {
        if (await TryAsync(actor => Written.AnswerAsync(actor, Meeting.Id, _answer, _comment)))
        {
            Snackbar.Add(L["Written.Thanks"], Severity.Success);
            await LoadAsync();
        }
    }
}
