using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

public class ArrangementJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_municipality_looks_up_the_settlement_areas_as_of_the_policys_year_and_opens_one()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(DemoAccounts.TsuruokaCity, DemoAccounts.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "広域連携" }).ClickAsync();
        await page.WaitForURLAsync("**/arrangements");
        await Assertions.Expect(page.GetByTestId("arrangement-row").First).ToBeVisibleAsync();

        await page.GetByLabel("基準日").FillAsync("2017/04/01");
        await page.GetByLabel("基準日").PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "方式別の件数（平成29年4月1日 (2017)現在）" })).ToBeVisibleAsync();
        var settlement = page.GetByTestId("summary-row").Filter(new() { HasText = "定住自立圏" });
        await Assertions.Expect(settlement).ToContainTextAsync("形成準備中 1");
        await Assertions.Expect(settlement.Locator("td").Nth(2)).ToHaveTextAsync("20"); // 5 + 3 + 4 + 8: 三川町 and 庄内町 count twice
        await Assertions.Expect(page.GetByTestId("arrangement-row").Filter(new() { HasText = "山形定住自立圏" })).ToContainTextAsync("運営中");
        await page.ScreenshotAsync("30-arrangements-2017");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "庄内南部定住自立圏" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "庄内南部定住自立圏" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("arrangement-members")).ToContainTextAsync("鶴岡市");
        await Assertions.Expect(page.GetByTestId("arrangement-steps")).ToContainTextAsync("第2次共生ビジョン");
        await page.ScreenshotAsync("31-arrangement-detail");
        await page.AssertAccessibleAsync();
    }
}
