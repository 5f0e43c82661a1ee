using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

public class AgendaJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    /// <summary>Two 全県 candidate themes (with their deployment method) and a dated 第1回連携推進会議, set up through the API.</summary>
    private async Task<(int MeetingId, string[] Titles)> SceneAsync()
    {
        var api = await portal.ApiClientAsync(DemoAccounts.Secretariat);
        var needs = (await api.GetFromJsonAsync<JsonElement>("/api/v1/triage?state=Unreviewed")).EnumerateArray().Select(r => r.GetProperty("itemId").GetInt32()).Take(2).ToArray();
        string[] titles = ["買い物弱者支援の広域化", "保健師の広域確保"];
        for (var i = 0; i < 2; i++)
        {
            var created = await api.PostAsJsonAsync("/api/v1/themes", new { title = titles[i], itemIds = new[] { needs[i] } });
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
            var theme = await api.GetFromJsonAsync<JsonElement>($"/api/v1/themes/{id}");
            (await api.PutAsJsonAsync($"/api/v1/themes/{id}", new
            {
                title = titles[i], deploymentMethod = "Coordination", version = theme.GetProperty("version").GetUInt32(),
                participantIds = theme.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToArray(),
            })).EnsureSuccessStatusCode();
        }
        (await api.PostAsync("/api/v1/cycles/2026", null)).EnsureSuccessStatusCode();
        var meeting = (await api.GetFromJsonAsync<JsonElement>("/api/v1/meetings?fiscalYear=2026")).EnumerateArray()
            .Single(m => m.GetProperty("bodyKind").GetString() == "Council" && m.GetProperty("number").GetInt32() == 1);
        (await api.PutAsJsonAsync($"/api/v1/meetings/{meeting.GetProperty("id").GetInt32()}", new
        {
            title = meeting.GetProperty("title").GetString(), startsAt = "2026-07-16T13:30:00+09:00", place = "山形県庁 講堂", isWritten = false,
            version = meeting.GetProperty("version").GetUInt32(),
        })).EnsureSuccessStatusCode();
        return (meeting.GetProperty("id").GetInt32(), titles);
    }

    [Fact]
    public async Task The_secretariat_builds_the_first_agenda_from_two_candidates_records_the_decision_and_the_themes_are_decided()
    {
        var (meetingId, titles) = await SceneAsync();
        var page = await portal.NewPageAsync();
        await page.SignInAsync(DemoAccounts.Secretariat, DemoAccounts.Password);
        await page.GotoAsync("/council/cycle?year=2026");
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "第1回連携推進会議" }).ClickAsync();
        await page.WaitForURLAsync($"**/council/meetings/{meetingId}");

        var suggestions = page.GetByTestId("agenda-suggestions");
        foreach (var title in titles)
        {
            await suggestions.GetByRole(AriaRole.Listitem).Filter(new() { HasText = title }).GetByRole(AriaRole.Button, new() { Name = "次第に加える" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("agenda-item").Filter(new() { HasText = title })).ToBeVisibleAsync();
        }
        // Reorder by drag, then back with the keyboard-reachable arrow.
        var items = page.GetByTestId("agenda-item");
        var from = (await items.Nth(1).BoundingBoxAsync())!;
        var to = (await items.First.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(from.X + 20, from.Y + from.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to.X + 20, to.Y + 4, new() { Steps = 10 });
        await page.Mouse.UpAsync();
        await Assertions.Expect(items.First).ToContainTextAsync(titles[1]);
        await page.GetByRole(AriaRole.Button, new() { Name = $"「新たな連携テーマ「{titles[1]}」について」を下へ" }).ClickAsync();
        await Assertions.Expect(items.First).ToContainTextAsync(titles[0]);
        await page.GetByRole(AriaRole.Button, new() { Name = $"「新たな連携テーマ「{titles[1]}」について」を上へ" }).ClickAsync();
        await Assertions.Expect(items.First).ToContainTextAsync(titles[1]);
        await page.ScreenshotAsync("25-agenda");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "次第を確定する" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "開催済にする" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("meeting-state")).ToHaveTextAsync("開催済");
        for (var n = 1; n <= 2; n++)
        {
            await page.ChooseAsync(page.Locator(".mud-select").Filter(new() { HasText = $"議題{n}の結果" }).First, "承認", exact: true);
            await Assertions.Expect(page.GetByTestId("agenda-outcome").Nth(n - 1)).ToContainTextAsync("承認");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "議事録を確定する" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "議事録を確定する" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("meeting-state")).ToHaveTextAsync("議事録確定");
        await page.ScreenshotAsync("26-minutes-confirmed");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/themes?state=Decided");
        await page.WaitUntilInteractiveAsync();
        foreach (var title in titles)
        {
            await Assertions.Expect(page.GetByTestId("theme-card").Filter(new() { HasText = title })).ToBeVisibleAsync();
        }
    }
}
