using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

public class CouncilJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_secretariat_creates_the_years_schedule_dates_a_meeting_and_checks_the_rosters()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(DemoAccounts.Secretariat, DemoAccounts.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "年間スケジュール" }).ClickAsync();
        await page.WaitForURLAsync("**/council/cycle");
        await page.GetByRole(AriaRole.Button, new() { Name = "ひな形から令和8年度 (2026)の年間スケジュールを作成" }).ClickAsync();
        var items = page.GetByTestId("cycle-item");
        await Assertions.Expect(items).ToHaveCountAsync(10);
        await Assertions.Expect(items.Nth(0)).ToContainTextAsync("連携課題・ニーズ調査");
        await Assertions.Expect(items.Nth(0)).ToContainTextAsync("遅れ"); // April has passed and it is not marked done

        var secretaries = items.Filter(new() { HasText = "第2回幹事会" });
        await secretaries.GetByRole(AriaRole.Button, new() { Name = "日程を設定" }).ClickAsync();
        await secretaries.GetByLabel("開催日").FillAsync("2027/02/24");
        await secretaries.GetByLabel("場所").FillAsync("山形県庁 502会議室");
        await secretaries.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(secretaries).ToContainTextAsync("山形県庁 502会議室");

        // The council before its 幹事会: the page asks why, beside the new field, and keeps the reason on the schedule.
        var second = items.Filter(new() { HasText = "第2回連携推進会議" });
        await second.GetByRole(AriaRole.Button, new() { Name = "日程を設定" }).ClickAsync();
        await second.GetByLabel("開催日").FillAsync("2027/02/18");
        await second.GetByLabel("場所").FillAsync("山形県庁 講堂");
        await second.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(second).ToContainTextAsync("第2回幹事会（2月24日）より前の日付です。");
        await second.GetByLabel("幹事会より前に開く理由").FillAsync("知事の公務日程により前倒し");
        await second.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(second.GetByTestId("order-reason")).ToHaveTextAsync("幹事会より前に開催（理由：知事の公務日程により前倒し）");
        await Assertions.Expect(second).ToContainTextAsync("山形県庁 講堂");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "カレンダーに取り込む（iCalendar）" })).ToHaveAttributeAsync("href", "/exports/cycles/2026.ics");
        await page.ScreenshotAsync("23-council-cycle");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "会議体と構成員" }).ClickAsync();
        await page.WaitForURLAsync("**/council/bodies");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "県・市町村連携推進会議幹事会" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("24-council-bodies");
        await page.AssertAccessibleAsync();
    }
}
