using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

public class ThemeJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string ThemeTitle = "若者の移住定住の広域連携";

    [Fact]
    public async Task A_support_office_makes_a_theme_the_secretariat_decides_it_and_the_municipality_sees_it()
    {
        // 村山 連携支援室: two needs of the 2017 survey from 山形市 and 上山市, found by searching, into one theme.
        var office = await portal.NewPageAsync();
        await office.SignInAsync(DemoAccounts.MurayamaSupport, DemoAccounts.Password);
        await office.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "ニーズの確認" }).ClickAsync();
        await office.WaitForURLAsync("**/triage");
        await Assertions.Expect(office.GetByTestId("triage-row").First).ToBeVisibleAsync();
        await office.AssertAccessibleAsync();

        // Each search is applied once the other word's rows are gone; only then is a click on the new rows safe.
        var search = office.GetByLabel("キーワードで探す");
        var rows = office.GetByTestId("triage-row");
        await search.FillAsync("移住定住相談");
        await Assertions.Expect(rows.Filter(new() { HasText = "Uターン就職" })).ToHaveCountAsync(0);
        await office.GetByRole(AriaRole.Checkbox, new() { Name = "山形市「移住定住相談窓口の共同運営」を選ぶ" }).CheckAsync();
        await Assertions.Expect(office.GetByTestId("triage-count")).ToContainTextAsync("1件選択中");
        await search.FillAsync("Uターン");
        await Assertions.Expect(rows.Filter(new() { HasText = "移住定住相談窓口" })).ToHaveCountAsync(0);
        await office.GetByRole(AriaRole.Checkbox, new() { Name = "上山市「Uターン就職の情報発信」を選ぶ" }).CheckAsync();
        await Assertions.Expect(office.GetByTestId("triage-count")).ToContainTextAsync("2件選択中");
        await office.ScreenshotAsync("16-triage");
        await office.AssertAccessibleAsync();

        var actions = office.GetByTestId("triage-actions");
        await actions.GetByLabel("テーマ名").FillAsync(ThemeTitle);
        await actions.GetByRole(AriaRole.Button, new() { Name = "テーマ（候補）を作成" }).ClickAsync();
        await office.WaitForURLAsync("**/themes/*");
        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Name = ThemeTitle, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(office.GetByTestId("theme-needs")).ToContainTextAsync("山形市");
        await Assertions.Expect(office.GetByTestId("theme-needs")).ToContainTextAsync("上山市");
        await office.ChooseAsync(office.Locator(".mud-select").Filter(new() { HasText = "展開方法" }).First, "II-③ 先導的な取組みの創出・展開");
        await office.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(office.GetByText("保存しました。")).ToBeVisibleAsync();
        await office.ScreenshotAsync("17-theme-candidate");
        await office.AssertAccessibleAsync();
        var themeUrl = office.Url;

        // The secretariat sees it on the board and decides it.
        var secretariat = await portal.NewPageAsync();
        await secretariat.SignInAsync(DemoAccounts.Secretariat, DemoAccounts.Password);
        await secretariat.GotoAsync("/dashboard?year=2017");
        await secretariat.WaitUntilInteractiveAsync();
        await Assertions.Expect(secretariat.GetByTestId("dash-municipality")).ToHaveCountAsync(35);
        await Assertions.Expect(secretariat.GetByTestId("dash-progress")).ToContainTextAsync("提出済 44 / 58 団体");
        await secretariat.ScreenshotAsync("21-dashboard");
        await secretariat.AssertAccessibleAsync();
        await secretariat.GetByTestId("dash-overdue-needs").GetByRole(AriaRole.Link).ClickAsync();
        await secretariat.WaitForURLAsync("**/triage?*state=Unreviewed*");
        await Assertions.Expect(secretariat.GetByTestId("triage-row").First).ToContainTextAsync("未確認");

        await secretariat.GotoAsync("/themes");
        await secretariat.WaitUntilInteractiveAsync();
        await Assertions.Expect(secretariat.GetByTestId("theme-card").Filter(new() { HasText = ThemeTitle })).ToBeVisibleAsync();
        await secretariat.ScreenshotAsync("18-theme-board");
        await secretariat.AssertAccessibleAsync();
        await secretariat.GotoAsync(themeUrl);
        await secretariat.WaitUntilInteractiveAsync();
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "「決定」にする" }).ClickAsync();
        var dialog = secretariat.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("理由").FillAsync("第1回連携推進会議で新たな連携テーマとして了承");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "「決定」にする" }).ClickAsync();
        await Assertions.Expect(secretariat.GetByText("「決定」にしました。")).ToBeVisibleAsync();
        await Assertions.Expect(secretariat.GetByTestId("theme-timeline")).ToContainTextAsync("第1回連携推進会議で新たな連携テーマとして了承");
        await secretariat.ScreenshotAsync("19-theme-decided");
        await secretariat.AssertAccessibleAsync();

        // On the board the next step can also be dragged to; the same reason is asked for.
        await secretariat.GotoAsync("/themes");
        await secretariat.WaitUntilInteractiveAsync();
        var studying = secretariat.Locator(".board-column").Filter(new() { HasText = "検討中" }).Locator(".board-zone");
        await secretariat.GetByTestId("theme-card").Filter(new() { HasText = ThemeTitle }).DragToAsync(studying);
        var moveDialog = secretariat.GetByRole(AriaRole.Dialog);
        await moveDialog.GetByLabel("理由").FillAsync("移住定住ワーキングチームで検討を開始");
        await moveDialog.GetByRole(AriaRole.Button, new() { Name = "「検討中」にする" }).ClickAsync();
        await Assertions.Expect(studying.GetByTestId("theme-card").Filter(new() { HasText = ThemeTitle })).ToBeVisibleAsync();

        await secretariat.GotoAsync(themeUrl + "/print");
        await secretariat.WaitUntilInteractiveAsync();
        await Assertions.Expect(secretariat.Locator("table.print-facts")).ToContainTextAsync("II-③ 先導的な取組みの創出・展開");
        await secretariat.EmulateMediaAsync(new() { Media = Media.Print });
        await secretariat.ScreenshotAsync("22-theme-print");
        await secretariat.EmulateMediaAsync(new() { Media = Media.Screen });
        await secretariat.AssertAccessibleAsync();

        // 山形市 sees where its need stands.
        var city = await portal.NewPageAsync();
        await city.SignInAsync(DemoAccounts.YamagataCity, DemoAccounts.Password);
        await city.GotoAsync("/surveys");
        await city.WaitUntilInteractiveAsync();
        await city.GetByRole(AriaRole.Row).Filter(new() { HasText = "平成29年度" }).GetByRole(AriaRole.Link, new() { Name = "回答を見る" }).ClickAsync();
        var card = city.GetByTestId("need-card").Filter(new() { HasText = "移住定住相談窓口の共同運営" });
        await Assertions.Expect(card.GetByTestId("need-triage")).ToContainTextAsync($"テーマ化：{ThemeTitle}（検討中）");
        await city.ScreenshotAsync("20-municipality-need-state");
        await city.AssertAccessibleAsync();
    }
}
