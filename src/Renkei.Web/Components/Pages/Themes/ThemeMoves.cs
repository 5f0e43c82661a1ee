using Microsoft.Extensions.Localization;
using MudBlazor;
using Renkei.Core.Themes;
using Renkei.Web.Components.Shared;

namespace Renkei.Web.Components.Pages.Themes;

/// <summary>Shared by the board and the theme page: ask for the reason (and council decision), then the caller moves.</summary>
public static class ThemeMoves
{
    public static async Task<TransitionInput?> AskAsync(IDialogService dialogs, IStringLocalizer<SharedResource> l, string themeTitle, ThemeScope scope, ThemeState to)
    {
        var answer = await AskReasonAsync(dialogs, string.Format(l["Theme.MoveTitle"], l.Label(to)), string.Format(l["Theme.MoveSubmit"], l.Label(to)),
            themeTitle, explanation: null, needsDecision: ThemeMoveRules.NeedsCouncilDecision(scope, to));
        return answer is null ? null : new TransitionInput(to, answer.Reason, answer.DecisionText, answer.DecisionDate);
    }

    public static async Task<ReasonDialog.Answer?> AskReasonAsync(IDialogService dialogs, string heading, string submitText, string themeTitle, string? explanation, bool needsDecision = false)
    {
        var parameters = new DialogParameters<ReasonDialog>
        {
            { d => d.Heading, heading },
            { d => d.SubmitText, submitText },
            { d => d.ThemeTitle, themeTitle },
            { d => d.Explanation, explanation },
            { d => d.NeedsDecision, needsDecision },
        };
        var dialog = await dialogs.ShowAsync<ReasonDialog>(heading, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: ReasonDialog.Answer answer } ? answer : null;
    }
}
