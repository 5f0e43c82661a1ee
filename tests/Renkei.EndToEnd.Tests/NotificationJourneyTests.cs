using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Renkei.Core.Notifications;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

public class NotificationJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_municipality_sees_the_bell_opens_the_notice_of_the_survey_and_chooses_mail()
    {
        var surveyId = await portal.OpenSurveyAsync();
        using (var scope = portal.Services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<NotificationRunner>().RunAsync()).Created > 0); // the morning's run
        }

        var page = await portal.NewPageAsync();
        await page.SignInAsync(DemoAccounts.TsuruokaCity, DemoAccounts.Password);
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "お知らせ（未読1件）" })).ToBeVisibleAsync();
        await page.GetByTestId("bell").ClickAsync();
        await Assertions.Expect(page.GetByTestId("notice")).ToContainTextAsync("ニーズ調査の回答受付が始まりました");
        await Assertions.Expect(page.GetByTestId("notices-unread")).ToHaveTextAsync("未読 1件");
        await page.WaitUntilInteractiveAsync();
        await page.ScreenshotAsync("53-notices");
        await page.AssertAccessibleAsync();

        await page.GetByTestId("notice-open").ClickAsync();
        await page.WaitForURLAsync($"**/surveys/{surveyId}/answer");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "お知らせ", Exact = true })).ToBeVisibleAsync(); // read: no count

        await page.GetByTestId("bell").ClickAsync();
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("notices-unread")).ToHaveTextAsync("未読 0件");
        await page.GetByLabel("ニーズ調査の回答期限が近づいています").CheckAsync();
        await page.GetByTestId("notice-mail-save").ClickAsync();
        await Assertions.Expect(page.GetByText("メールの設定を保存しました。")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByLabel("ニーズ調査の回答期限が近づいています")).ToBeCheckedAsync();
    }
}
