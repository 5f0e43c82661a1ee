using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

public class RegionalJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_support_office_records_a_visit_turns_the_issue_heard_into_a_need_and_the_municipality_confirms_it()
    {
        var surveyId = await portal.OpenSurveyAsync();

        // 村山's 連携支援室 records its visit to 山形市 with the issue heard.
        var office = await portal.NewPageAsync();
        await office.SignInAsync(DemoAccounts.MurayamaSupport, DemoAccounts.Password);
        await office.GotoAsync("/regions/contacts/new");
        await office.WaitUntilInteractiveAsync();
        await office.ChooseSeveralAsync(office.Locator(".mud-select").Filter(new() { HasText = "会った市町村" }).First, "山形市");
        await office.GetByLabel("出席者").FillAsync("山形市 企画調整課長");
        await office.GetByLabel("話題・内容").FillAsync("空き家バンクの広域化について意見交換");
        await office.GetByLabel("聞き取った課題・ニーズ").FillAsync("近隣町と空き家の物件情報を共有したいが、個人情報の扱いが課題");
        await office.GetByTestId("contact-save").ClickAsync();
        await Assertions.Expect(office.GetByTestId("contact-detail")).ToContainTextAsync("近隣町と空き家の物件情報を共有したい");
        var contactPage = new Uri(office.Url).AbsolutePath;
        await office.WaitUntilInteractiveAsync();

        // ... and enters it as a need in 山形市's answer to the open survey (聞き取り).
        await office.ChooseAsync(office.Locator(".mud-select").Filter(new() { HasText = "区分" }).First, "施策の連携：若者の定着");
        await office.GetByTestId("heard-need-title").FillAsync("空き家情報の広域共有");
        await office.GetByRole(AriaRole.Radio, new() { Name = "高", Exact = true }).CheckAsync();
        await office.GetByTestId("heard-add").ClickAsync();
        await Assertions.Expect(office.GetByTestId("heard-needs")).ToContainTextAsync("空き家情報の広域共有（山形市・");
        await Assertions.Expect(office.GetByTestId("heard-needs")).ToContainTextAsync("市町村の確認待ち");
        await office.ScreenshotAsync("46-contact-heard-need");
        await office.AssertAccessibleAsync();

        // 山形市 finds it in its draft, confirms it and submits.
        var city = await portal.NewPageAsync();
        await city.SignInAsync(DemoAccounts.YamagataCity, DemoAccounts.Password);
        await city.GotoAsync($"/surveys/{surveyId}/answer");
        await city.WaitUntilInteractiveAsync();
        await Assertions.Expect(city.GetByTestId("heard-notice")).ToContainTextAsync("訪問時の聞き取りをもとに登録したニーズです");
        await city.ScreenshotAsync("47-heard-need-to-confirm");
        await city.AssertAccessibleAsync();
        await city.GetByTestId("heard-confirm").ClickAsync();
        await Assertions.Expect(city.GetByTestId("heard-notice")).ToHaveTextAsync("聞き取り（村山総合支庁 総務企画部総務課連携支援室）");
        await city.GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();
        await city.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();
        await Assertions.Expect(city.GetByTestId("need-card")).ToContainTextAsync("聞き取り（村山総合支庁 総務企画部総務課連携支援室）");

        // The office sees it submitted, the regional page and the dashboard count the visit.
        await office.ReloadAsync();
        await Assertions.Expect(office.GetByTestId("heard-needs")).ToContainTextAsync("提出済み");
        await office.GotoAsync("/regions");
        await office.WaitUntilInteractiveAsync();
        await Assertions.Expect(office.GetByTestId("not-visited")).ToContainTextAsync("今年度まだ訪問していない市町村：4／5");
        await office.ScreenshotAsync("48-regional-work");
        await office.AssertAccessibleAsync();
        await office.GotoAsync("/dashboard");
        await office.WaitUntilInteractiveAsync();
        await Assertions.Expect(office.GetByTestId("dash-not-visited")).ToContainTextAsync("この年度に訪問していない市町村：4");
        await office.AssertAccessibleAsync();

        // The visit's history in words, then the secretariat's audit trail with the sign-ins and the change.
        await office.GotoAsync(contactPage);
        await office.WaitUntilInteractiveAsync();
        await office.GetByTestId("history-show").ClickAsync();
        await Assertions.Expect(office.GetByTestId("history")).ToContainTextAsync("聞き取った課題・ニーズ：近隣町と空き家の物件情報を共有したい");
        await Assertions.Expect(office.GetByTestId("history")).ToContainTextAsync("会った市町村：山形市");
        await office.ScreenshotAsync("49-record-history");
        await office.AssertAccessibleAsync();

        var secretariat = await portal.NewPageAsync();
        await secretariat.SignInAsync(DemoAccounts.Secretariat, DemoAccounts.Password);
        await secretariat.GotoAsync("/admin/audit");
        await secretariat.WaitUntilInteractiveAsync();
        await Assertions.Expect(secretariat.GetByTestId("audit-rows")).ToContainTextAsync("サインイン");
        await secretariat.ChooseAsync(secretariat.Locator(".mud-select").Filter(new() { HasText = "種類" }).First, "訪問・情報交換の記録", exact: true);
        await secretariat.GetByTestId("audit-search").ClickAsync();
        await Assertions.Expect(secretariat.GetByTestId("audit-total")).ToHaveTextAsync("1件");
        await Assertions.Expect(secretariat.GetByTestId("audit-rows")).ToContainTextAsync("村山総合支庁 総務企画部総務課連携支援室");
        await secretariat.ScreenshotAsync("50-audit-trail");
        await secretariat.AssertAccessibleAsync();
        var download = await secretariat.RunAndWaitForDownloadAsync(() => secretariat.GetByTestId("audit-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("訪問・情報交換の記録", csv);
    }

    [Fact]
    public async Task The_support_office_sets_up_its_team_asks_it_for_support_on_a_theme_and_records_the_answer()
    {
        var api = await portal.ApiClientAsync(DemoAccounts.MurayamaSupport);
        var need = (await api.GetFromJsonAsync<JsonElement>("/api/v1/triage?state=Unreviewed")).EnumerateArray().First();
        (await api.PostAsJsonAsync("/api/v1/themes", new
        {
            title = "空き家の耐震化と利活用", summary = "空き家の耐震診断と改修を市町村をまたいで進める。", itemIds = new[] { need.GetProperty("itemId").GetInt32() },
        })).EnsureSuccessStatusCode();

        var office = await portal.NewPageAsync();
        await office.SignInAsync(DemoAccounts.MurayamaSupport, DemoAccounts.Password);
        await office.GotoAsync("/regions");
        await office.WaitUntilInteractiveAsync();
        await office.GetByTestId("support-team-link").ClickAsync();
        await office.WaitUntilInteractiveAsync();
        await office.GetByTestId("member-department").FillAsync("建設部");
        await office.GetByTestId("member-post").FillAsync("建築課 建築指導主査");
        await office.ChooseSeveralAsync(office.Locator(".mud-select").Filter(new() { HasText = "担当する分野" }).First, "建築");
        await office.GetByTestId("member-save").ClickAsync();
        await Assertions.Expect(office.GetByTestId("support-members")).ToContainTextAsync("建築課 建築指導主査");
        await Assertions.Expect(office.GetByTestId("member-post")).ToHaveValueAsync(""); // the form is ready for the next member

        await office.ChooseAsync(office.Locator(".mud-select").Filter(new() { HasText = "連携テーマ" }).First, "空き家の耐震化と利活用");
        await office.ChooseAsync(office.Locator(".mud-select").Filter(new() { HasText = "分野" }).Last, "建築", exact: true);
        await office.GetByTestId("request-question").FillAsync("空き家の耐震診断を共同で発注する場合の留意点を教えてほしい");
        await office.GetByTestId("request-send").ClickAsync();
        await Assertions.Expect(office.GetByTestId("support-request")).ToContainTextAsync("回答待ち");
        await office.GetByTestId("answer-text").FillAsync("県の耐震診断士派遣制度の活用を助言。発注仕様の例を送付。");
        await office.GetByTestId("answer-save").ClickAsync();
        await Assertions.Expect(office.GetByTestId("support-request")).ToContainTextAsync("回答済み");
        await Assertions.Expect(office.GetByTestId("support-answer")).ToContainTextAsync("県の耐震診断士派遣制度の活用を助言");
        await office.ScreenshotAsync("51-support-team");
        await office.AssertAccessibleAsync();
    }
}
