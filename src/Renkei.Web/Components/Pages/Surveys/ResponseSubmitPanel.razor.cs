namespace Renkei.Web.Components.Pages.Surveys;

public partial class ResponseSubmitPanel
{
    [Parameter, EditorRequired] public SurveyResponseView Response { get; set; } = default!;

    /// <summary>Needs saved, and editors opened but not saved yet (the confirmation warns of those).</summary>
    [Parameter] public int ItemCount { get; set; }
    [Parameter] public int Unsaved { get; set; }

    /// <summary>The response changed (submitted, asked, decided, withdrawn): the page loads it again.</summary>
    [Parameter] public EventCallback OnChanged { get; set; }

    private string? _comment;
    private bool _busy;

    private ResponseApprovalView Approval => Response.Approval;

    /// <summary>What was approved is what is submitted; otherwise an answer without needs goes as 「回答なし」.</summary>
    private bool NoNeeds => Response.Status == ResponseStatus.Approved ? Response.NoNeeds : ItemCount == 0;

    protected override Task LoadLatestAsync() => OnChanged.InvokeAsync();

    private async Task SubmitAsync()
    {
        var text = NoNeeds ? L["Answer.ConfirmNoNeeds"] : string.Format(L["Answer.ConfirmSubmit"], ItemCount)
            + (Unsaved > 0 ? " " + string.Format(L["Answer.IncompleteWarning"], Unsaved) : "");
        if (await Dialogs.ShowMessageBoxAsync(L["Answer.ConfirmTitle"], text, yesText: L["Answer.Submit"], cancelText: L["Cancel"]) == true)
        {
            await RunAsync(actor => Responses.SubmitAsync(actor, Response.SurveyId, NoNeeds), "Answer.Submitted");
        }
    }

    private Task RequestAsync() =>
        RunAsync(actor => Approvals.RequestApprovalAsync(actor, Response.SurveyId, NoNeeds, Response.Version), "Approval.Requested");

    private Task ApproveAsync() => RunAsync(actor => Approvals.ApproveAsync(actor, Response.SurveyId, Response.Version), "Approval.Approved");

    private Task SendBackAsync() =>
        RunAsync(actor => Approvals.ReturnForRevisionAsync(actor, Response.SurveyId, _comment, Response.Version), "Approval.SentBackDone");

    private Task WithdrawAsync() => RunAsync(actor => Approvals.WithdrawApprovalAsync(actor, Response.SurveyId, Response.Version), "Approval.Withdrawn");

    private async Task RunAsync(Func<Actor, Task> operation, string done)
    {
        _busy = true;
        if (await TryAsync(operation))
        {
            _comment = null;
            Snackbar.Add(L[done], Severity.Success);
            await OnChanged.InvokeAsync();
        }
        _busy = false;
    }
}
