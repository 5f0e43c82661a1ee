using Renkei.Core.Regions;

using Renkei.Web.Localization;

namespace Renkei.Web.Components.Pages.Regions;

public partial class SupportTeamPage
{
    [Inject] private SupportTeamService Team { get; set; } = default!;

    private SupportTeamView? _team;
    private SupportMemberView? _editing;
    private string? _error;
    private int _saves; // a new form after each save: the one just used starts empty again

    protected override Task OnInitializedAsync() => LoadLatestAsync();

    protected override async Task LoadLatestAsync()
    {
        try
        {
            _team = await Team.GetAsync(await GetActorAsync());
        }
        catch (Renkei.Core.Common.RenkeiException e)
        {
            _error = e.Said();
        }
    }

    private string RequestState(SupportRequestView r) => r.State == SupportRequestState.Answered ? L["Support.Answered"]
        : r.IsOverdue ? string.Format(L["Support.Overdue"], Wareki.FormatDate(r.WantedBy!.Value, CultureInfo.CurrentUICulture))
        : r.WantedBy is { } by ? string.Format(L["Support.OpenUntil"], Wareki.FormatDate(by, CultureInfo.CurrentUICulture)) : L["Support.Open"];

    private async Task SavedAsync()
    {
        _editing = null;
        _saves++;
        await LoadLatestAsync();
    }

    private async Task RemoveAsync(SupportMemberView member)
    {
        if (await TryAsync(actor => Team.RemoveMemberAsync(actor, member.Id, member.Version)))
        {
            Snackbar.Add(L["Saved"], Severity.Success);
            await LoadLatestAsync();
        }
    }
}
