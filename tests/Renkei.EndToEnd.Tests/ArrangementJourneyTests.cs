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

        await page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "県の人口の状況" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("population-table")).ToContainTextAsync("1,123,891人"); // the 補足資料's 2015 figure
        await page.ScreenshotAsync("34-prefecture-population");
        await page.AssertAccessibleAsync();
    }

    private static FilePayload Csv(string name, string body) =>
        new() { Name = name, MimeType = "text/csv", Buffer = [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes("方式,名称,事務の種類,構成団体,設立日,解散日,備考\n" + body)] };

    [Fact]
    public async Task The_secretariat_imports_records_fixes_a_bad_line_and_sees_the_table_by_type()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(DemoAccounts.Secretariat, DemoAccounts.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "広域連携" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "共同処理の状況の取り込み（CSV）" })).ToBeVisibleAsync();
        var association = "一部事務組合,E2E衛生組合,ごみ処理、し尿処理,062014、062073,1975-04-01,,\n";
        await page.Locator("input[type=file]").First.SetInputFilesAsync(Csv("bad.csv", association + "事務の委託,E2E公平委員会委託,公平委員会,062090,,,\n"));
        var problems = page.Locator("[data-testid=import-problems] li");
        await Assertions.Expect(problems).ToHaveCountAsync(1);
        await Assertions.Expect(problems.First).ToContainTextAsync("3行目: 事務の委託の構成団体は「委託元>委託先」の形で入力してください");
        await page.ScreenshotAsync("32-arrangements-import-error");
        await page.AssertAccessibleAsync();
        var partial = page.GetByTestId("summary-row").Filter(new() { HasText = "一部事務組合" });
        await Assertions.Expect(partial).ToContainTextAsync("未登録"); // nothing of the bad file went in

        await page.Locator("input[type=file]").First.SetInputFilesAsync(Csv("good.csv", association + "事務の委託,E2E公平委員会委託,公平委員会,062090>県,,,\n"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "good.csv から 2 件を取り込みました" }).First).ToBeVisibleAsync();
        await Assertions.Expect(partial.Locator("td").Nth(0)).ToHaveTextAsync("1");
        var entrustment = page.GetByTestId("summary-row").Filter(new() { HasText = "事務の委託" });
        await Assertions.Expect(entrustment.Locator("td").Nth(1)).ToHaveTextAsync("1"); // with the prefecture
        await page.ScreenshotAsync("33-arrangements-imported");
        await page.AssertAccessibleAsync();
    }
}
