using Renkei.Core.Arrangements;

namespace Renkei.Web.Components.Pages.Arrangements;

/// <summary>One arrangement: its kinds of work, its parties with their days, its steps in order.</summary>
public partial class ArrangementPage
{
    [Parameter] public int ArrangementId { get; set; }

    private ArrangementDetail? _arrangement;
    private string? _error;

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            _arrangement = await Arrangements.GetAsync(await GetActorAsync(), ArrangementId);
        }
        catch (Renkei.Core.Common.RenkeiException e)
        {
            _error = e.Message;
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
