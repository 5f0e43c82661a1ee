using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Renkei.Core;
using Renkei.Core.Accounts;
using Renkei.Testing;
using Renkei.Web.Auth;

namespace Renkei.Web.Tests;

/// <summary>
/// bUnit with MudBlazor and the real Core services on the class's PostgreSQL database, signed in as a persona.
/// </summary>
public abstract class PageTestContext(RenkeiDatabase database) : BunitContext, IAsyncLifetime
{
    protected RenkeiDatabase Database => database;

    public Task InitializeAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ja-JP");
        JSInterop.Mode = JSRuntimeMode.Loose;
        // Pages load from a real database; on a busy two-core CI machine a second is not always enough.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        Services.AddMudServices();
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        Services.AddRenkeiCore(database.ConnectionString);
        Services.AddRenkeiIdentity();
        return Task.CompletedTask;
    }

    public new async Task DisposeAsync() => await base.DisposeAsync();

    /// <summary>Signs the rendered components in with the claims the real sign-in would issue.</summary>
    protected async Task SignInAsync(string email)
    {
        var actor = await database.ActorAsync(email);
        var authorization = AddAuthorization();
        authorization.SetAuthorized(actor.DisplayName);
        authorization.SetRoles(actor.Role);
        authorization.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, actor.UserId.ToString()),
            new Claim(RenkeiClaims.OrganisationId, actor.OrganisationId.ToString(CultureInfo.InvariantCulture)),
            new Claim(RenkeiClaims.OrganisationType, actor.OrganisationType.ToString()),
            new Claim(RenkeiClaims.PrefectureId, actor.PrefectureId.ToString(CultureInfo.InvariantCulture)),
            new Claim(RenkeiClaims.DisplayName, actor.DisplayName));
    }
}
