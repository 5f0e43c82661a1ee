using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Web.Auth;

using Renkei.Web.Localization;

namespace Renkei.Web.Components.Shared;

/// <summary>
/// Base for pages that call Core services: gives them the signed-in <see cref="Actor"/> and one way
/// to turn a refused operation into a message the user can read.
/// </summary>
public abstract class ActorComponentBase : ComponentBase
{
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] private Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> Localizer { get; set; } = default!;

    /// <summary>The portal's clock (tests move it): pages never read the system time themselves.</summary>
    [Inject] protected TimeProvider Clock { get; set; } = default!;

    /// <summary>Today in Japan.</summary>
    protected DateOnly Today => Core.Calendar.JapanDate.Today(Clock);

    /// <summary>The fiscal year today falls in (April–March).</summary>
    protected Core.Calendar.FiscalYear CurrentFiscalYear => Core.Calendar.FiscalYear.Of(Clock.GetUtcNow());

    private Actor? _actor;

    /// <summary>The name of a role in the UI's language (a label: what a role may do is Core's to say).</summary>
    protected string RoleLabel(string role) => Localizer[$"Role.{role}"];

    /// <summary>The signed-in user's role, named for the welcome line.</summary>
    protected async Task<string> GetRoleLabelAsync() => RoleLabel((await GetActorAsync()).Role);

    /// <summary>Whether someone is signed in (parts of the layout render on the sign-in page too).</summary>
    protected async Task<bool> IsSignedInAsync() => (await AuthenticationState).User.Identity?.IsAuthenticated == true;

    /// <summary>Runs a read that only decorates the page (a count): if it fails, what was shown stays, without a message.</summary>
    protected async Task TryQuietlyAsync(Func<Actor, Task> read)
    {
        try
        {
            await read(await GetActorAsync());
        }
        catch (Exception e) when (e is RenkeiException || Api.DatabaseFaults.IsUnavailable(e))
        {
        }
    }

    protected async Task<Actor> GetActorAsync() =>
        _actor ??= (await AuthenticationState).User.RequireActor();

    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>Messages of the last refused operation, by field, shown beside the field that caused them.</summary>
    protected IReadOnlyDictionary<string, string[]> FieldErrors { get; private set; } = NoErrors;

    protected bool HasError(string field) => FieldErrors.ContainsKey(field);

    protected string? ErrorFor(string field) => FieldErrors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    protected void ClearErrors() => FieldErrors = NoErrors;

    private object?[]? _loadedFor;

    /// <summary>
    /// True the first time a form page is given these parameters (its record's id, a query value), false when the same
    /// ones are set again. Blazor sets a page's parameters again whenever a cascading value it takes is re-sent; a form
    /// that reloaded then would throw away what the user is typing.
    /// </summary>
    protected bool IsFirstSetOf(params object?[] parameters)
    {
        if (_loadedFor is not null && _loadedFor.SequenceEqual(parameters))
        {
            return false;
        }
        _loadedFor = parameters;
        return true;
    }

    /// <summary>The message of the last operation refused as a conflict, shown by <see cref="ConflictNotice"/> until the page reloads.</summary>
    protected string? Conflict { get; private set; }

    /// <summary>Loads what is saved now, after a conflict; pages that show a <see cref="ConflictNotice"/> override it.</summary>
    protected virtual Task LoadLatestAsync() => Task.CompletedTask;

    /// <summary>
    /// What the notice's button does: load the latest content, then forget the conflict — the notice stays until the
    /// colleague's version is on the screen, so nobody acts on the old one in between.
    /// </summary>
    protected async Task ReloadAfterConflictAsync()
    {
        await LoadLatestAsync();
        Conflict = null;
        ClearErrors();
        Snackbar.Add(Localizer["Need.Reloaded"], Severity.Info);
    }

    /// <summary>Shows messages beside their fields without a snackbar (for saves the user did not ask for, e.g. autosave).</summary>
    protected void ShowErrors(IReadOnlyDictionary<string, string[]> errors) => FieldErrors = errors;

    /// <summary>
    /// Runs a Core operation. Invalid input fills <see cref="FieldErrors"/>; any other refusal
    /// (permission, conflict, not found) becomes a snackbar message, never an error page.
    /// </summary>
    protected async Task<bool> TryAsync(Func<Actor, Task> operation)
    {
        try
        {
            await operation(await GetActorAsync());
            ClearErrors();
            return true;
        }
        catch (ValidationException e)
        {
            FieldErrors = e.ErrorsSaid();
            Snackbar.Add(Localizer["Validation.CheckFields"], Severity.Warning);
            return false;
        }
        catch (ConflictException e)
        {
            // Someone saved first (or the state moved on): say so where the page is, with a way to the latest content.
            Conflict = e.Said();
            Snackbar.Add(e.Said(), Severity.Error);
            return false;
        }
        catch (RenkeiException e)
        {
            Snackbar.Add(e.Said(), Severity.Error);
            return false;
        }
        catch (Exception e) when (Api.DatabaseFaults.IsUnavailable(e))
        {
            // What the user typed stays on the page; only the save did not happen.
            Snackbar.Add(Localizer["Fault.SaveUnavailable"], Severity.Warning);
            return false;
        }
    }
}
