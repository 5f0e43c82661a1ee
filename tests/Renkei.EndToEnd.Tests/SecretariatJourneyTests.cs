using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

public class SecretariatJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string Header = "団体コード,年,人口,高齢化率,一般行政部門職員数,土木技師数,建築技師数,農林水産技師数,推計\n";

    private static FilePayload Csv(string name, string body) =>
        new() { Name = name, MimeType = "text/csv", Buffer = [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(Header + body)] };

    [Fact]
    public async Task The_secretariat_imports_statistics_fixes_a_bad_row_and_sees_the_chart()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(DemoAccounts.Secretariat, DemoAccounts.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "統計データの取り込み" }).ClickAsync();
        await page.WaitForURLAsync("**/statistics/import");
        await page.AssertAccessibleAsync();

        // A file with a mistake on line 3: reported with the line number, nothing saved.
        await page.Locator("input[type=file]").First.SetInputFilesAsync(Csv("bad.csv", "063410,2015,7000,38.5,90,2,1,3,0\n063410,2020,六千,40.1,85,2,1,3,0\n"));
        var problems = page.Locator("[data-testid=import-problems] li");
        await Assertions.Expect(problems).ToHaveCountAsync(1);
        Assert.StartsWith("3行目", await problems.First.InnerTextAsync());
        await page.ScreenshotAsync("07-import-error");
        await page.AssertAccessibleAsync();

        await page.Locator("input[type=file]").First.SetInputFilesAsync(Csv("good.csv",
            "063410,2010,8000,34.0,95,2,1,3,0\n063410,2015,7000,38.5,90,2,1,3,0\n063410,2020,6300,41.2,85,2,1,3,0\n063410,2040,4200,52.0,,,,,1\n"));
        await Assertions.Expect(page.GetByText("good.csv から 4 件を取り込みました。")).ToBeVisibleAsync();

        await page.GotoAsync("/municipalities/063410");
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "人口の推移" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table tbody tr")).ToHaveCountAsync(4);
        Assert.Contains("6,300", await page.Locator("table").InnerTextAsync());
        await page.ScreenshotAsync("08-profile-with-statistics");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_administrator_adds_a_user_from_the_users_page()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(DemoAccounts.Admin, DemoAccounts.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "利用者管理" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/users");
        await Assertions.Expect(page.Locator("tbody tr.mud-table-row")).ToHaveCountAsync(10); // the demo accounts (山形市 has two: its planning officer and its approver; the deployment administrator is 山形県's)
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "追加する" }).ClickAsync();
        await Assertions.Expect(page.GetByText("メールアドレスを入力してください。").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("09-users-errors");

        await page.GetByLabel("メールアドレス").FillAsync("sakata-city@renkei.example");
        await page.GetByLabel("氏名").FillAsync("酒田市 企画担当");
        await page.GetByLabel("初期パスワード").FillAsync("Sakata#Kikaku2026");
        await page.ChooseAsync(page.Locator(".mud-select").Filter(new() { HasText = "所属" }).First, "酒田市", exact: true);
        await page.ChooseAsync(page.Locator(".mud-select").Filter(new() { HasText = "役割" }).First, "市町村職員");
        await page.GetByRole(AriaRole.Button, new() { Name = "追加する" }).ClickAsync();

        var newRow = page.Locator("tbody tr.mud-table-row").Filter(new() { HasText = "sakata-city@renkei.example" });
        await Assertions.Expect(newRow).ToContainTextAsync("酒田市");

        // Moved to another municipality: the assignment panel below the list.
        await newRow.GetByRole(AriaRole.Button, new() { Name = "所属・役割を変更" }).ClickAsync();
        await page.ChooseAsync(page.Locator("[data-testid=assign-panel] .mud-select").Filter(new() { HasText = "所属" }).First, "遊佐町", exact: true);
        await page.ScreenshotAsync("10-users-assign");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(newRow).ToContainTextAsync("遊佐町");
        await page.AssertAccessibleAsync();
    }
}
