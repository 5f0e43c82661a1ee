using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Renkei.Core.Accounts;
using Renkei.Testing;
using Renkei.Web.Auth;
using Renkei.Web.Components.Pages.Admin;

namespace Renkei.Web.Tests.Accounts;

public class UsersPageTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task The_administrator_locks_and_unlocks_an_account_but_is_offered_no_lock_for_their_own()
    {
        Services.AddMemoryCache();
        Services.AddSingleton<AccountCheck>();
        await SignInAsync(DemoAccounts.Admin);
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<Users>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll($"[data-testid='lock-{DemoAccounts.TsuruokaCity}']")));
        Assert.Empty(page.FindAll($"[data-testid='lock-{DemoAccounts.Admin}']"));

        await page.InvokeAsync(() => page.Find($"[data-testid='lock-{DemoAccounts.TsuruokaCity}']").Click());
        page.WaitForAssertion(() => Assert.Contains("ロックを解除", page.Find($"[data-testid='lock-{DemoAccounts.TsuruokaCity}']").TextContent));
        var admin = await Database.ActorAsync(DemoAccounts.Admin);
        Assert.True((await Database.Get<UserAdministration>().ListAsync(admin)).Single(u => u.Email == DemoAccounts.TsuruokaCity).IsLockedOut);

        await page.InvokeAsync(() => page.Find($"[data-testid='lock-{DemoAccounts.TsuruokaCity}']").Click());
        page.WaitForAssertion(() => Assert.Contains("ロックする", page.Find($"[data-testid='lock-{DemoAccounts.TsuruokaCity}']").TextContent));
        Assert.False((await Database.Get<UserAdministration>().ListAsync(admin)).Single(u => u.Email == DemoAccounts.TsuruokaCity).IsLockedOut);
    }
}
