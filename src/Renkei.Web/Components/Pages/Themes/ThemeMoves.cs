using MudBlazor;
using Renkei.Core.Themes;

namespace Renkei.Web.Components.Pages.Themes;

/// <summary>Shared by the board and the theme page: ask for the reason, then move.</summary>
public static class ThemeMoves
{
    public static async Task<TransitionInput?> AskAsync(IDialogService dialogs, string title, string themeTitle, ThemeScope scope, ThemeState to)
    {
        var parameters = new DialogParameters<TransitionDialog>
        {
            { d => d.To, to },
            { d => d.ThemeTitle, themeTitle },
            { d => d.NeedsDecision, scope == ThemeScope.Prefectural && to is ThemeState.Decided or ThemeState.Deferred },
        };
        var dialog = await dialogs.ShowAsync<TransitionDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: TransitionInput input } ? input : null;
    }
}
