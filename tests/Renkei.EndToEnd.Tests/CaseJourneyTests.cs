using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

public class CaseJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    /// <summary>
    /// 村山's support office carries a regional theme to 完了 through the API (the theme journey covers those steps in the
    /// browser); the theme's participant is 山形市, so 上山市 is one the case has not reached yet.
    /// </summary>
    private async Task<int> CompletedThemeAsync()
    {
        var office = await portal.ApiClientAsync(DemoAccounts.MurayamaSupport);
        var municipalities = await office.GetFromJsonAsync<JsonElement>("/api/v1/municipalities");
        var yamagata = municipalities.EnumerateArray().First(m => m.GetProperty("name").GetString() == "山形市").GetProperty("id").GetInt32();
        var need = (await office.GetFromJsonAsync<JsonElement>("/api/v1/triage?state=Unreviewed")).EnumerateArray()
            .First(r => r.GetProperty("organisationId").GetInt32() == yamagata);
        var created = await office.PostAsJsonAsync("/api/v1/themes", new
        {
            title = "除雪ボランティアの広域マッチング", summary = "高齢者世帯の雪下ろしを、市町の枠を越えてボランティアと結び付ける。",
            itemIds = new[] { need.GetProperty("itemId").GetInt32() },
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var shown = (await office.GetFromJsonAsync<JsonElement>($"/api/v1/themes/{id}")).GetProperty("version").GetUInt32();
        (await office.PutAsJsonAsync($"/api/v1/themes/{id}", new
        {
            title = "除雪ボランティアの広域マッチング", summary = "高齢者世帯の雪下ろしを、市町の枠を越えてボランティアと結び付ける。",
            deploymentMethod = "Efficiency", methods = new[] { "Liaison" }, participantIds = new[] { yamagata }, version = shown,
        })).EnsureSuccessStatusCode();
        foreach (var to in new[] { "Decided", "Studying", "Budgeted", "InProgress", "Completed" })
        {
            var version = (await office.GetFromJsonAsync<JsonElement>($"/api/v1/themes/{id}")).GetProperty("version").GetUInt32();
            var moved = await office.PostAsJsonAsync($"/api/v1/themes/{id}/transitions", new { to, reason = "地域の連携会議で確認", version });
            Assert.True(moved.IsSuccessStatusCode, $"{to}: {await moved.Content.ReadAsStringAsync()}");
        }
        return id;
    }

    [Fact]
    public async Task A_completed_theme_becomes_a_case_the_secretariat_publishes_a_visitor_finds_and_kaminoyama_adopts()
    {
        var theme = await CompletedThemeAsync();

        var office = await portal.NewPageAsync();
        await office.SignInAsync(DemoAccounts.MurayamaSupport, DemoAccounts.Password);
        await office.GotoAsync($"/themes/{theme}");
        await office.WaitUntilInteractiveAsync();
        await office.GetByTestId("theme-register-case").ClickAsync();
        await office.WaitForURLAsync("**/cases/new?theme=*");
        await Assertions.Expect(office.GetByLabel("事例名")).ToHaveValueAsync("除雪ボランティアの広域マッチング");
        await office.GetByLabel("横展開のポイント").FillAsync("社会福祉協議会の登録名簿を共通様式にすると、他の市町村もすぐに参加できる。");
        await office.GetByRole(AriaRole.Button, new() { Name = "成果を追加" }).ClickAsync();
        await office.GetByLabel("指標 1").FillAsync("マッチング件数");
        await office.GetByLabel("実施後").FillAsync("年120件");
        await office.ScreenshotAsync("35-case-from-theme");
        await office.AssertAccessibleAsync();
        await office.GetByTestId("case-save").ClickAsync();
        await office.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, @"/cases/\d+$"));
        var caseUrl = new Uri(office.Url).AbsolutePath;
        await Assertions.Expect(office.GetByTestId("case-state")).ToHaveTextAsync("下書き");
        await office.Locator("input.case-attachment-input").SetInputFilesAsync(new FilePayload { Name = "マッチング手順書.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf("手順書") });
        await Assertions.Expect(office.GetByTestId("case-attachments")).ToContainTextAsync("マッチング手順書.pdf");
        await office.GetByTestId("case-submit").ClickAsync();
        await Assertions.Expect(office.GetByTestId("case-state")).ToHaveTextAsync("確認依頼中");

        var secretariat = await portal.NewPageAsync();
        await secretariat.SignInAsync(DemoAccounts.Secretariat, DemoAccounts.Password);
        await secretariat.GotoAsync(caseUrl);
        await secretariat.WaitUntilInteractiveAsync();
        await secretariat.ChooseAsync(secretariat.Locator(".mud-select").Filter(new() { HasText = "公開範囲" }).First, "公開（どなたでも閲覧可）");
        await secretariat.ScreenshotAsync("36-case-review");
        await secretariat.AssertAccessibleAsync();
        await secretariat.GetByTestId("case-approve").ClickAsync();
        await Assertions.Expect(secretariat.GetByTestId("case-state")).ToHaveTextAsync("承認済");
        await Assertions.Expect(secretariat.GetByTestId("case-public-link")).ToBeVisibleAsync();

        var visitor = await portal.NewPageAsync();
        await visitor.GotoAsync("/public/cases");
        await visitor.GetByLabel("キーワード").FillAsync("除雪ボランティア");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "検索" }).ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "除雪ボランティアの広域マッチング" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "除雪ボランティアの広域マッチング", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("meta[property='og:title']")).ToHaveAttributeAsync("content", "除雪ボランティアの広域マッチング");
        await Assertions.Expect(visitor.GetByTestId("case-transfer-notes")).ToContainTextAsync("共通様式");
        var download = await visitor.RunAndWaitForDownloadAsync(() => visitor.GetByRole(AriaRole.Link, new() { Name = "マッチング手順書.pdf" }).ClickAsync());
        Assert.Equal("マッチング手順書.pdf", download.SuggestedFilename); // the file of a published case, without sign-in
        await visitor.ScreenshotAsync("37-public-case");
        await visitor.AssertAccessibleAsync();

        var kaminoyama = await portal.NewPageAsync();
        await kaminoyama.SignInAsync(DemoAccounts.KaminoyamaCity, DemoAccounts.Password);
        await kaminoyama.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "先進事例" }).ClickAsync();
        await kaminoyama.GetByLabel("キーワード").FillAsync("除雪");
        await kaminoyama.GetByLabel("キーワード").PressAsync("Enter");
        await Assertions.Expect(kaminoyama.GetByTestId("case-count")).ToHaveTextAsync("1件の事例");
        await kaminoyama.ScreenshotAsync("39-case-library");
        await kaminoyama.AssertAccessibleAsync();
        await kaminoyama.GetByRole(AriaRole.Link, new() { Name = "除雪ボランティアの広域マッチング" }).ClickAsync();
        await kaminoyama.GetByLabel("変更した点").FillAsync("対象を75歳以上の世帯に絞って開始");
        await kaminoyama.GetByTestId("adoption-save").ClickAsync();
        var adopted = kaminoyama.GetByTestId("case-adoptions");
        await Assertions.Expect(adopted).ToContainTextAsync("上山市：検討中");
        await Assertions.Expect(adopted).ToContainTextAsync("75歳以上");
        await kaminoyama.ScreenshotAsync("38-case-adopted");
        await kaminoyama.AssertAccessibleAsync();
    }
}
