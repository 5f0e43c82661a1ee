using Renkei.Core.Arrangements;

using Renkei.Web.Localization;

namespace Renkei.Web.Components.Pages.Arrangements;

/// <summary>One arrangement: its kinds of work, its parties with their days, its steps in order.</summary>
public partial class ArrangementPage
{
    [Parameter] public int ArrangementId { get; set; }

    private ArrangementDetail? _arrangement;
    private string? _error;

    private readonly Dictionary<int, DateTime?> _leaving = [];
    private int? _endingId;

    protected override Task OnParametersSetAsync() => LoadLatestAsync();

    protected override async Task LoadLatestAsync()
    {
        try
        {
            _arrangement = await Arrangements.GetAsync(await GetActorAsync(), ArrangementId);
        }
        catch (Renkei.Core.Common.RenkeiException e)
        {
            _error = e.Said();
        }
    }

    /// <summary>A party leaves on the day entered beside it; the registry as of earlier days keeps it.</summary>
    private async Task EndAsync(int memberId)
    {
        _endingId = memberId;
        if (_leaving.GetValueOrDefault(memberId) is not { } day)
        {
            ShowErrors(new Dictionary<string, string[]> { ["Until"] = [L["Arrangements.UntilRequired"]] });
            return;
        }
        if (await TryAsync(actor => Arrangements.EndMemberAsync(actor, memberId, DateOnly.FromDateTime(day))))
        {
            Snackbar.Add(L["Cases.Saved"], Severity.Success);
            await LoadLatestAsync();
        }
    }

    /// <summary>A day, a month where only the month is known, or 未入力 for a day not found.</summary>
    private string Day(DateOnly? day, bool monthOnly) => day switch
    {
        null => L["NotEntered"],
        { } d when monthOnly => Wareki.FormatMonth(d, CultureInfo.CurrentUICulture),
        { } d => Wareki.FormatDate(d, CultureInfo.CurrentUICulture),
    };
}
