using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Renkei.Core.Cases;
using Renkei.Core.Common;
using Renkei.Core.Notifications;
using Renkei.Testing;
using Renkei.Web.Components.Layout;
using Renkei.Web.Components.Pages.Notifications;

namespace Renkei.Web.Tests.Notifications;

public class NotificationPagesTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    /// <summary>The secretariat returns a case of 上山市: the city's users get a notice at once.</summary>
    private async Task<int> ReturnedCaseAsync()
    {
        var city = await Database.ActorAsync(DemoAccounts.KaminoyamaCity);
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        var cases = Database.Get<CaseService>();
        var id = await cases.CreateAsync(city, new CaseInput("蔵王温泉の共同送迎", "概要", null, null, null, null, null, null, [], [], [city.OrganisationId], Visibility.Internal));
        await cases.SubmitAsync(city, id, await Database.VersionAsync<Case>(id));
        await cases.ReturnAsync(secretariat, id, "効果の数値を加えてください", await Database.VersionAsync<Case>(id));
        return id;
    }

    [Fact]
    public async Task The_bell_counts_the_unread_and_opening_a_notice_marks_it_read_and_goes_to_its_record()
    {
        var caseId = await ReturnedCaseAsync();
        await SignInAsync(DemoAccounts.KaminoyamaCity);
        Render<MudPopoverProvider>();
        var bell = Render<NotificationBell>();
        bell.WaitForAssertion(() => Assert.Equal("お知らせ（未読1件）", bell.Find("[data-testid=bell]").GetAttribute("aria-label")));

        var page = Render<NotificationsPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=notice]")));
        var notice = page.Find("[data-testid=notice]").TextContent;
        Assert.Contains("先進事例が差し戻されました", notice);
        Assert.Contains("蔵王温泉の共同送迎", notice);
        Assert.Contains("理由：効果の数値を加えてください", notice);
        Assert.Contains("未読 1件", page.Find("[data-testid=notices-unread]").TextContent);

        await page.InvokeAsync(() => page.Find("[data-testid=notice-open]").Click());
        var navigation = Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith($"/cases/{caseId}", navigation.Uri));
        bell.WaitForAssertion(() => Assert.Equal("お知らせ", bell.Find("[data-testid=bell]").GetAttribute("aria-label")));
        Assert.Equal(0, await Database.Get<NoticeService>().UnreadCountAsync(await Database.ActorAsync(DemoAccounts.KaminoyamaCity)));
    }

    [Fact]
    public async Task The_kinds_chosen_for_mail_are_saved_and_shown_again()
    {
        await SignInAsync(DemoAccounts.TsuruokaCity);
        Render<MudPopoverProvider>();
        var page = Render<NotificationsPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=notice-mail-address]")));
        Assert.Contains(DemoAccounts.TsuruokaCity, page.Find("[data-testid=notice-mail-address]").TextContent);
        Assert.NotNull(page.Find("[data-testid=notices-none]"));

        await page.InvokeAsync(() => page.Find("input[data-testid=notice-mail-SurveyClosing]").Change(true));
        await page.Find("[data-testid=notice-mail-save]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        var saved = await Database.Get<NoticeService>().GetPreferencesAsync(await Database.ActorAsync(DemoAccounts.TsuruokaCity));
        Assert.Equal([NoticeKind.SurveyClosing], saved.MailKinds);

        var again = Render<NotificationsPage>();
        again.WaitForState(() => again.FindAll("[data-testid=notice-mail-save]").Count > 0);
        again.WaitForAssertion(() => Assert.True(Checked(again, NoticeKind.SurveyClosing)));
        Assert.False(Checked(again, NoticeKind.SurveyOpened));
    }

    /// <summary>MudCheckBox shows its state on the box around the input.</summary>
    private static bool Checked(IRenderedComponent<NotificationsPage> page, NoticeKind kind) =>
        page.Find($"input[data-testid=notice-mail-{kind}]").ParentElement!.ClassList.Contains("mud-checkbox-true");
}
