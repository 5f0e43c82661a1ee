using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

public class SurveyJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private static async Task FillNeedAsync(IPage page, ILocator editor, string category, string title, string urgency, string content)
    {
        await page.ChooseAsync(editor.Locator(".mud-select").Filter(new() { HasText = "区分" }).First, category);
        await editor.GetByLabel("連携が必要な施策・業務").FillAsync(title);
        await editor.GetByRole(AriaRole.Radio, new() { Name = urgency, Exact = true }).CheckAsync();
        await Assertions.Expect(editor.Locator("[data-testid=save-state]")).ToContainTextAsync("保存しました");
        await editor.GetByLabel("連携の内容").FillAsync(content);
        await editor.GetByLabel("課題").ClickAsync(); // leaving the field commits it at once
        await Assertions.Expect(editor.Locator("[data-testid=save-state]")).ToContainTextAsync("保存しました");
    }

    [Fact]
    public Task A_municipality_answers_and_the_secretariat_sees_it_in_progress_and_summary() =>
        AnswerAndReviewAsync(portal.NewPageAsync, screenshots: true);

    /// <summary>The answer journey on pages that <paramref name="newPage"/> opens (also run with WebSockets refused).</summary>
    internal async Task AnswerAndReviewAsync(Func<Task<IPage>> newPage, bool screenshots)
    {
        Task ShotAsync(IPage p, string name) => screenshots ? p.ScreenshotAsync(name) : Task.CompletedTask;
        var surveyId = await portal.OpenSurveyAsync();
        var page = await newPage();
        await page.SignInAsync(DemoAccounts.YamagataCity, DemoAccounts.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "ニーズ調査" }).ClickAsync();
        await page.WaitForURLAsync("**/surveys");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "回答する" }).First.ClickAsync();
        await page.WaitForURLAsync($"**/surveys/{surveyId}/answer");
        await Assertions.Expect(page.GetByTestId("deadline")).ToContainTextAsync("あと12日");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "＋ 施策の連携のニーズを追加" }).ClickAsync();
        await FillNeedAsync(page, page.GetByTestId("need-item").Nth(0), "若者の定着・回帰関係（移住定住、空き家対策、Uターン等）",
            "空き家バンクの広域化", "高", "空き家情報を近隣の市町と共有し、移住希望者に一括で紹介したい。");
        await page.GetByRole(AriaRole.Button, new() { Name = "＋ 業務の連携のニーズを追加" }).ClickAsync();
        await FillNeedAsync(page, page.GetByTestId("need-item").Nth(1), "水道事業関係（広域化、業務の共同化等）",
            "水道料金徴収業務の共同化", "中", "料金徴収を近隣団体と共同で委託し、費用を抑えたい。");
        await ShotAsync(page, "11-survey-answer-draft");
        await page.AssertAccessibleAsync();

        // The draft survives a reload: everything typed was saved.
        await page.ReloadAsync();
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("need-item")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("need-item").Nth(0).GetByLabel("連携の内容")).ToHaveValueAsync("空き家情報を近隣の市町と共有し、移住希望者に一括で紹介したい。");

        await page.GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("2件のニーズを提出します");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();
        await Assertions.Expect(page.GetByText("提出済みです。内容の確認のみできます。")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("need-card")).ToHaveCountAsync(2);
        await ShotAsync(page, "12-survey-answer-submitted");
        await page.AssertAccessibleAsync();

        var secretariat = await newPage();
        await secretariat.SignInAsync(DemoAccounts.Secretariat, DemoAccounts.Password);
        await secretariat.GotoAsync($"/surveys/{surveyId}/progress");
        await secretariat.WaitUntilInteractiveAsync();
        await Assertions.Expect(secretariat.GetByTestId("progress-text")).ToContainTextAsync("提出済 1 / 58 団体");
        var row = secretariat.GetByTestId("progress-row").Filter(new() { HasText = "山形市" });
        await Assertions.Expect(row).ToContainTextAsync("提出済");
        await Assertions.Expect(row).ToContainTextAsync("2");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "未提出の団体に督促メールを送る" }).ClickAsync();
        await secretariat.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "未提出の団体に督促メールを送る" }).ClickAsync();
        await Assertions.Expect(secretariat.GetByTestId("remind-result")).ToContainTextAsync("に送信しました");
        await ShotAsync(secretariat, "13-survey-progress");
        await secretariat.AssertAccessibleAsync();

        await secretariat.GotoAsync($"/surveys/{surveyId}/summary");
        await secretariat.WaitUntilInteractiveAsync();
        await Assertions.Expect(secretariat.GetByTestId("summary-totals")).ToContainTextAsync("2件");
        await secretariat.AssertAccessibleAsync();
        await secretariat.GetByRole(AriaRole.Link, new() { Name = "件（市町村・水道事業関係（広域化、業務の共同化等））の回答を見る" }).ClickAsync();
        await Assertions.Expect(secretariat.GetByRole(AriaRole.Heading, new() { Name = "水道料金徴収業務の共同化" })).ToBeVisibleAsync();
        await secretariat.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_2017_summary_shows_the_published_table_with_a_chart()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(DemoAccounts.Secretariat, DemoAccounts.Password);
        await page.GotoAsync("/surveys");
        await page.WaitUntilInteractiveAsync();
        await page.ScreenshotAsync("15-survey-list");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "平成29年度" }).GetByRole(AriaRole.Link, new() { Name = "集計" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("summary-totals")).ToContainTextAsync("173件（施策の連携 87、業務の連携 68、人的交流・情報交換・共有 18）");
        await Assertions.Expect(page.Locator(".summary-table tr.total")).ToContainTextAsync("173");
        await page.ScreenshotAsync("14-survey-summary-2017");
        await page.AssertAccessibleAsync();
    }
}
