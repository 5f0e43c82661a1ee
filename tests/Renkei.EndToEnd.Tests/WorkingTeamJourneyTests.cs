using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

public class WorkingTeamJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_support_office_schedules_its_theme_teams_meeting_and_prepares_its_agenda()
    {
        // 村山's 連携支援室 has a regional theme from a need of its municipalities, with a working team.
        var api = await portal.ApiClientAsync(DemoAccounts.MurayamaSupport);
        var need = (await api.GetFromJsonAsync<JsonElement>("/api/v1/triage?state=Unreviewed"))[0].GetProperty("itemId").GetInt32();
        var created = await api.PostAsJsonAsync("/api/v1/themes", new { title = "移住相談窓口の共同設置", itemIds = new[] { need } });
        created.EnsureSuccessStatusCode();
        var themeId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await api.PostAsync($"/api/v1/themes/{themeId}/working-team", null)).EnsureSuccessStatusCode();

        var page = await portal.NewPageAsync();
        await page.SignInAsync(DemoAccounts.MurayamaSupport, DemoAccounts.Password);
        await page.GotoAsync($"/themes/{themeId}");
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("team-meetings")).ToContainTextAsync("まだ会議は予定されていません");
        await page.GetByLabel("会議の名称").FillAsync("第1回ワーキングチーム会議");
        await page.GetByLabel("場所").FillAsync("村山総合支庁 302会議室");
        await page.GetByTestId("team-meeting-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("team-meetings").GetByRole(AriaRole.Link)).ToHaveTextAsync("第1回ワーキングチーム会議");
        await page.AssertAccessibleAsync();

        // The office runs the meeting it scheduled: it adds an item to the agenda.
        await page.GetByTestId("team-meetings").GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/council/meetings/*");
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "議題を追加する" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("54-working-team-meeting");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_support_office_sets_up_its_deputy_mayors_meeting_and_schedules_its_first_meeting()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(DemoAccounts.ShonaiSupport, DemoAccounts.Password);
        await page.GotoAsync("/regions");
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("regional-bodies-none")).ToBeVisibleAsync();
        await page.GetByLabel("会議体の名称").FillAsync("庄内地域副首長会議");
        await page.GetByLabel("議長（座長）の職").FillAsync("庄内総合支庁長");
        await page.GetByTestId("regional-body-add").ClickAsync();
        var body = page.GetByTestId("regional-body");
        await Assertions.Expect(body).ToContainTextAsync("副首長会議・庄内総合支庁");

        await body.GetByLabel("会議の名称").FillAsync("第1回庄内地域副首長会議");
        await body.GetByLabel("場所").FillAsync("庄内総合支庁 講堂");
        await body.GetByTestId("team-meeting-add").ClickAsync();
        await Assertions.Expect(body.GetByRole(AriaRole.Link, new() { Name = "第1回庄内地域副首長会議" })).ToBeVisibleAsync();
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync("55-regional-body");
        await page.AssertAccessibleAsync();
    }
}
