using Renkei.Core.Cases;
using Renkei.Core.Common;

using Renkei.Web.Localization;

namespace Renkei.Web.Components.Pages.Cases;

/// <summary>One case: its content, its review for the secretariat, its adopters on a timeline and whom it has not reached yet.</summary>
public partial class CasePage
{
    [Parameter] public int CaseId { get; set; }

    private CaseDetail? _case;
    private IReadOnlyList<ReachCandidate>? _reach;
    private string? _error;
    private Visibility _visibility = Visibility.Internal;
    private string? _returnReason;

    protected override Task OnParametersSetAsync() => LoadLatestAsync();

    protected override async Task LoadLatestAsync()
    {
        try
        {
            var actor = await GetActorAsync();
            _case = await Cases.GetAsync(actor, CaseId);
            _visibility = _case.Visibility;
            _reach = _case.CanSeeReach ? await Adoptions.NotYetReachedAsync(actor, CaseId) : null;
        }
        catch (Renkei.Core.Common.RenkeiException e)
        {
            _case = null;
            _error = e.Said();
        }
    }

    private Task SubmitAsync() => MoveAsync(actor => Cases.SubmitAsync(actor, CaseId, _case!.Version), "Cases.Submitted");

    private Task ApproveAsync() => MoveAsync(actor => Cases.ApproveAsync(actor, CaseId, _visibility, _case!.Version), "Cases.Approved");

    private Task ReturnAsync() => MoveAsync(actor => Cases.ReturnAsync(actor, CaseId, _returnReason, _case!.Version), "Cases.Returned");

    private async Task MoveAsync(Func<Renkei.Core.Accounts.Actor, Task> move, string done)
    {
        if (await TryAsync(move))
        {
            Snackbar.Add(L[done], Severity.Success);
            await LoadLatestAsync();
        }
    }
}
