using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

public class GrantJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static async Task PickAsync(IPage page, string label, string option)
    {
        await page.ChooseAsync(page.Locator(".mud-select").Filter(new() { HasText = label }).First, option, exact: true);
    }

    private static async Task TypeDayAsync(IPage page, string label, string day)
    {
        await page.GetByLabel(label, new() { Exact = true }).FillAsync(day);
        await page.GetByLabel(label, new() { Exact = true }).PressAsync("Tab");
    }

    [Fact]
    public async Task Hokkaidos_secretariat_awards_engaru_reports_and_the_effect_report_shows_the_money()
    {
        // 北海道's secretariat opens the seeded program and names 遠軽町 the secretariat of 遠軽地区 for FY2015.
        var hokkaido = await portal.NewPageAsync();
        await hokkaido.SignInAsync(DemoAccounts.HokkaidoSecretariat, DemoAccounts.Password);
        await hokkaido.GotoAsync("/grants");
        await hokkaido.WaitUntilInteractiveAsync();
        await hokkaido.GetByRole(AriaRole.Link, new() { Name = "市町村連携地域モデル事業" }).ClickAsync();
        await Assertions.Expect(hokkaido.GetByTestId("areas")).ToContainTextAsync("登録 0／資料 4（未登録あり）"); // 南空知: only the count is known
        await hokkaido.ScreenshotAsync("40-grant-program");
        await hokkaido.AssertAccessibleAsync();
        await hokkaido.GetByRole(AriaRole.Link, new() { Name = "遠軽地区連携地域" }).ClickAsync();
        await hokkaido.WaitUntilInteractiveAsync();
        await Assertions.Expect(hokkaido.GetByTestId("area-members")).ToContainTextAsync("佐呂間町");
        await PickAsync(hokkaido, "事務局市町村", "遠軽町");
        await hokkaido.GetByTestId("secretariat-save").ClickAsync();
        await Assertions.Expect(hokkaido.GetByTestId("area-secretariats")).ToContainTextAsync("遠軽町");
        var areaUrl = new Uri(hokkaido.Url).AbsolutePath;

        // 遠軽町 applies for FY2015: 500万円 each for its three towns, one project.
        var engaru = await portal.NewPageAsync();
        await engaru.SignInAsync(DemoAccounts.EngaruTown, DemoAccounts.Password);
        await engaru.GotoAsync(areaUrl);
        await engaru.WaitUntilInteractiveAsync();
        foreach (var town in new[] { "遠軽町", "佐呂間町", "湧別町" })
        {
            await engaru.GetByLabel($"{town}の申請額").FillAsync("5000000");
        }
        await TypeDayAsync(engaru, "申請日", "2015/05/20");
        await engaru.GetByLabel("事業1の名称").FillAsync("オホーツク広域観光ルートの開発");
        await engaru.GetByLabel("事業1の事業費").FillAsync("15000000");
        await engaru.ScreenshotAsync("41-grant-application");
        await engaru.AssertAccessibleAsync();
        await engaru.GetByTestId("apply-save").ClickAsync();
        await engaru.WaitForURLAsync("**/grants/grants/*");
        await Assertions.Expect(engaru.GetByTestId("grant-state")).ToHaveTextAsync("申請中");
        await Assertions.Expect(engaru.GetByTestId("grant-dates")).ToContainTextAsync("平成27年5月20日");
        var grantUrl = new Uri(engaru.Url).AbsolutePath;

        // The secretariat's award above the cap is refused beside the amounts; within it, it is decided and paid.
        await hokkaido.GotoAsync(grantUrl);
        await hokkaido.WaitUntilInteractiveAsync();
        await hokkaido.GetByLabel("遠軽町の交付決定額").FillAsync("6000000");
        await TypeDayAsync(hokkaido, "交付決定日", "2015/06/15");
        await TypeDayAsync(hokkaido, "実績報告の期限", "2016/04/10");
        await hokkaido.GetByTestId("award-save").ClickAsync();
        await Assertions.Expect(hokkaido.GetByTestId("award-error")).ToContainTextAsync("上限（1市町村あたり 5,000,000円）を超えています");
        await hokkaido.GetByLabel("遠軽町の交付決定額").FillAsync("5000000");
        await hokkaido.GetByTestId("award-save").ClickAsync();
        await Assertions.Expect(hokkaido.GetByTestId("grant-state")).ToHaveTextAsync("交付決定済");
        var paid = 0;
        foreach (var town in new[] { "遠軽町", "佐呂間町", "湧別町" })
        {
            await PickAsync(hokkaido, "交付先", $"{town}（残り 5,000,000円）");
            await TypeDayAsync(hokkaido, "交付日", "2015/07/01");
            await hokkaido.GetByTestId("disburse-save").ClickAsync();
            // Wait for this payment itself (the total moves), not for a date the first one already shows: the form
            // is rebuilt after each save, and picking in the old one would lose the click.
            paid += 5_000_000;
            await Assertions.Expect(hokkaido.GetByTestId("grant-disbursed")).ToHaveTextAsync(paid.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "円");
        }
        await Assertions.Expect(hokkaido.GetByTestId("grant-disbursed")).ToHaveTextAsync("15,000,000円");
        await hokkaido.ScreenshotAsync("42-grant-awarded");
        await hokkaido.AssertAccessibleAsync();

        // 遠軽町 reports: 佐呂間町 used 400万円, the rest is returned.
        await engaru.ReloadAsync();
        await engaru.WaitUntilInteractiveAsync();
        await engaru.GetByLabel("「オホーツク広域観光ルートの開発」の実績").FillAsync("周遊ルート3本を造成、モニターツアー参加者 240人");
        await engaru.GetByLabel("佐呂間町の使用額").FillAsync("4000000");
        await TypeDayAsync(engaru, "実績報告日", "2016/04/05");
        await engaru.GetByTestId("report-save").ClickAsync();
        await Assertions.Expect(engaru.GetByTestId("grant-state")).ToHaveTextAsync("実績報告済");
        await Assertions.Expect(engaru.GetByTestId("grant-used")).ToHaveTextAsync("14,000,000円");

        // The effect report counts the year's money and still says which members are not registered.
        await hokkaido.GotoAsync(areaUrl);
        await hokkaido.WaitUntilInteractiveAsync();
        await hokkaido.GetByRole(AriaRole.Link, new() { Name = "市町村連携地域モデル事業" }).ClickAsync();
        await hokkaido.GetByTestId("program-report").ClickAsync();
        await hokkaido.WaitForURLAsync("**/report");
        var money = hokkaido.GetByTestId("report-table-4");
        await Assertions.Expect(money).ToContainTextAsync("平成27年度 (2015)");
        await Assertions.Expect(money).ToContainTextAsync("15,000,000");
        await Assertions.Expect(money).ToContainTextAsync("14,000,000");
        await Assertions.Expect(hokkaido.GetByTestId("report-gaps")).ToContainTextAsync("構成市町村が登録されていない連携地域が7地域あります");
        await hokkaido.ScreenshotAsync("43-effect-report");
        await hokkaido.AssertAccessibleAsync();
        var download = await hokkaido.RunAndWaitForDownloadAsync(() => hokkaido.GetByTestId("report-docx").ClickAsync());
        Assert.Equal("効果の検証.docx", download.SuggestedFilename);
        await download.SaveAsAsync(Path.Combine(PortalFixture.ScreenshotDirectory, "43-effect-report.docx")); // for people to open beside the page
    }
}
