using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

public class SearchJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_secretariat_searches_from_the_app_bar_narrows_to_a_region_and_opens_a_hit()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(DemoAccounts.Secretariat, DemoAccounts.Password);
        await page.WaitUntilInteractiveAsync();
        await page.GetByLabel("ポータル内を検索").FillAsync("空き家");
        await page.GetByLabel("ポータル内を検索").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("search-results")).ToBeVisibleAsync();
        Assert.EndsWith("/search?q=%E7%A9%BA%E3%81%8D%E5%AE%B6", page.Url);
        await Assertions.Expect(page.GetByTestId("search-group-Need").Locator("h3")).ToContainTextAsync("ニーズ（");
        await Assertions.Expect(page.GetByTestId("search-group-Theme").Locator("mark").First).ToHaveTextAsync("空き家");
        await page.ScreenshotAsync("52-search-results");
        await page.AssertAccessibleAsync();

        // Narrowed to 村山: meetings, materials and indicators belong to no region, and the page says so.
        await page.WaitUntilInteractiveAsync();
        await page.ChooseAsync(page.Locator(".mud-select").Filter(new() { HasText = "地域（連携支援室）" }).First, "村山総合支庁 総務企画部総務課連携支援室");
        await page.GetByTestId("search-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("search-not-filtered")).ToContainTextAsync("会議、会議資料、目標指標");
        Assert.Contains("regionId=", page.Url);

        // A hit opens its record.
        var theme = page.GetByTestId("search-group-Theme").GetByTestId("search-hit").First.Locator("a");
        var title = await theme.InnerTextAsync();
        await theme.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        Assert.Matches(@"/themes/\d+$", page.Url);
    }
}
