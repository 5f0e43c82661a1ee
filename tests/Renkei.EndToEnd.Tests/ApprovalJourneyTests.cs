using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

/// <summary>決裁 before submitting: the administrator turns it on for 山形市, its planning officer asks, its 課長 approves, the answer goes in.</summary>
public class ApprovalJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_administrator_requires_approval_the_author_asks_the_approver_approves_and_the_secretariat_sees_it_approved()
    {
        var surveyId = await portal.OpenSurveyAsync();
        var api = await portal.ApiClientAsync(DemoAccounts.YamagataCity);
        var category = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{surveyId}/categories"))[0].GetProperty("id").GetInt32();
        (await api.PostAsJsonAsync($"/api/v1/surveys/{surveyId}/responses/mine/items",
            new { categoryId = category, title = "移住相談窓口の共同運営", urgency = "High" })).EnsureSuccessStatusCode();
        var yamagata = (await api.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("organisationId").GetInt32();

        var admin = await portal.NewPageAsync();
        await admin.SignInAsync(DemoAccounts.Admin, DemoAccounts.Password);
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "決裁の設定" }).ClickAsync();
        await admin.WaitForURLAsync("**/admin/approval");
        await admin.WaitUntilInteractiveAsync();
        var row = admin.GetByTestId("approval-row").Filter(new() { HasText = "山形市" }).First;
        await Assertions.Expect(row).ToContainTextAsync("山形市 企画調整課長");
        await admin.Locator($"input[data-testid=requires-{yamagata}]").CheckAsync();
        await Assertions.Expect(admin.GetByText("山形市の設定を保存しました。")).ToBeVisibleAsync();
        await admin.ScreenshotAsync("56-approval-settings");
        await admin.AssertAccessibleAsync();

        var author = await portal.NewPageAsync();
        await author.SignInAsync(DemoAccounts.YamagataCity, DemoAccounts.Password);
        await author.GotoAsync($"/surveys/{surveyId}/answer");
        await author.WaitUntilInteractiveAsync();
        await Assertions.Expect(author.GetByRole(AriaRole.Heading, new() { Name = "決裁と提出" })).ToBeVisibleAsync();
        await author.GetByRole(AriaRole.Button, new() { Name = "決裁を依頼する" }).ClickAsync();
        await Assertions.Expect(author.GetByTestId("awaiting-text")).ToContainTextAsync("決裁権者の決裁を待っています");
        await author.AssertAccessibleAsync();

        var approver = await portal.NewPageAsync();
        await approver.SignInAsync(DemoAccounts.YamagataApprover, DemoAccounts.Password);
        await approver.GetByTestId("bell").ClickAsync();
        await Assertions.Expect(approver.GetByTestId("notice").First).ToContainTextAsync("ニーズ調査の回答の決裁を依頼されました");
        await approver.GetByTestId("notice-open").First.ClickAsync();
        await approver.WaitForURLAsync($"**/surveys/{surveyId}/answer");
        await approver.WaitUntilInteractiveAsync();
        await Assertions.Expect(approver.GetByTestId("awaiting-text")).ToContainTextAsync("決裁を依頼されています");
        await approver.EvaluateAsync("window.scrollTo(0, 0)");
        await approver.ScreenshotAsync("57-approval-asked");
        await approver.AssertAccessibleAsync();
        await approver.GetByRole(AriaRole.Button, new() { Name = "決裁する" }).ClickAsync();
        await Assertions.Expect(approver.GetByTestId("submit-panel")).ToContainTextAsync("決裁済です");

        await author.ReloadAsync();
        await author.WaitUntilInteractiveAsync();
        await Assertions.Expect(author.GetByTestId("approval-facts")).ToContainTextAsync("山形市 企画調整課長");
        await author.GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();
        await author.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "提出する" }).ClickAsync();
        await Assertions.Expect(author.GetByText("提出済みです。内容の確認のみできます")).ToBeVisibleAsync();

        var secretariat = await portal.NewPageAsync();
        await secretariat.SignInAsync(DemoAccounts.Secretariat, DemoAccounts.Password);
        await secretariat.GotoAsync($"/surveys/{surveyId}/progress");
        await secretariat.WaitUntilInteractiveAsync();
        var progress = secretariat.GetByTestId("progress-row").Filter(new() { HasText = "山形市" }).First;
        await Assertions.Expect(progress.GetByTestId("approval-cell")).ToContainTextAsync("決裁済（");
        await secretariat.AssertAccessibleAsync();
    }
}
