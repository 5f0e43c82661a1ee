using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

/// <summary>The deployment's administrator adds 宮城県 with an offices CSV; a wrong line is named first, then its administrator signs in to its own portal; then it is removed again while it holds nothing.</summary>
public class PrefectureJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string Header = "local_government_code,name,region,branch_office,support_office\n";

    private static FilePayload Csv(string body) =>
        new() { Name = "miyagi-offices.csv", MimeType = "text/csv", Buffer = [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(Header + body)] };

    [Fact]
    public async Task The_deployments_administrator_adds_a_prefecture_and_its_administrator_signs_in_to_it()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(DemoAccounts.Operator, DemoAccounts.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "都道府県の管理" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/prefectures");
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("prefecture-row").Filter(new() { HasText = "山形県" })).ToContainTextAsync("35");

        await page.ChooseAsync(page.Locator(".mud-select").Filter(new() { HasText = "追加する都道府県" }).First, "宮城県（35市町村）", exact: true);
        await page.GetByLabel("事務局の部局名").FillAsync("総務部");
        await page.GetByLabel("事務局の課名").FillAsync("市町村課");
        await page.GetByLabel("最初の管理者のメールアドレス").FillAsync("miyagi-e2e@pref.example");
        await page.GetByLabel("最初の管理者の氏名").FillAsync("宮城 管理者");
        await page.GetByLabel("初期パスワード").FillAsync("Miyagi#Admin2026");
        await page.Locator("input.offices-input").Last.SetInputFilesAsync(Csv("041009,仙台市,試験地域A,試験用第一支庁,試験用第一支庁 連携支援室\n042021,塩竈市,試験地域A,試験用第一支庁,試験用第一支庁 連携支援室\n"));
        await Assertions.Expect(page.GetByTestId("offices-file")).ToContainTextAsync("miyagi-offices.csv");
        await page.GetByTestId("prefecture-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("offices-errors")).ToContainTextAsync("3行目: 団体コード 042021 は「石巻市」です（「塩竈市」と書かれています）。");
        await page.AssertAccessibleAsync();

        await page.Locator("input.offices-input").Last.SetInputFilesAsync(Csv("041009,仙台市,試験地域A,試験用第一支庁,試験用第一支庁 連携支援室\n042021,石巻市,試験地域A,試験用第一支庁,試験用第一支庁 連携支援室\n"));
        await page.GetByTestId("prefecture-add").ClickAsync();
        await Assertions.Expect(page.GetByTestId("prefecture-added")).ToContainTextAsync("宮城県を追加しました：市町村 35、総合支庁 1、連携支援室 1（連携支援室が未登録の市町村 33）");
        await Assertions.Expect(page.GetByTestId("prefecture-row").Filter(new() { HasText = "宮城県" })).ToContainTextAsync("040002");
        await page.ScreenshotAsync("58-prefectures");
        await page.AssertAccessibleAsync();

        var miyagi = await portal.NewPageAsync();
        await miyagi.SignInAsync("miyagi-e2e@pref.example", "Miyagi#Admin2026");
        await miyagi.GotoAsync("/municipalities");
        await miyagi.WaitUntilInteractiveAsync();
        await Assertions.Expect(miyagi.GetByRole(AriaRole.Link, new() { Name = "仙台市" })).ToBeVisibleAsync();
        await Assertions.Expect(miyagi.GetByText("山形市")).ToHaveCountAsync(0);
        await Assertions.Expect(miyagi.GetByRole(AriaRole.Link, new() { Name = "都道府県の管理" })).ToHaveCountAsync(0);

        // Nothing has been entered in 宮城県 yet, so the operator may take it back out; 山形県 (its own) offers no removal.
        await page.ReloadAsync();
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("prefecture-row").Filter(new() { HasText = "山形県" }).GetByTestId("prefecture-remove")).ToHaveCountAsync(0);
        await page.GetByTestId("prefecture-row").Filter(new() { HasText = "宮城県" }).GetByTestId("prefecture-remove").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("宮城県を、その市町村・支庁・連携支援室と利用者 1 人ごと削除します。");
        await page.ScreenshotAsync("62-prefecture-remove");
        await page.AssertAccessibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "削除", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("宮城県を削除しました。")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("prefecture-row").Filter(new() { HasText = "宮城県" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_second_prefectures_secretariat_sets_up_its_council_with_every_municipality()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(DemoAccounts.HokkaidoSecretariat, DemoAccounts.Password);
        await page.GotoAsync("/council/bodies");
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("bodies-none")).ToBeVisibleAsync();

        await page.ChooseAsync(page.GetByTestId("new-prefectural-body").Locator(".mud-select").First, "県・市町村連携推進会議", exact: true);
        await Assertions.Expect(page.GetByLabel("会議体の名称")).ToHaveValueAsync("県・市町村連携推進会議");
        await page.GetByLabel("会議体の名称").FillAsync("道・市町村連携推進会議");
        await page.GetByLabel("議長（座長）の職").FillAsync("総合政策部長");
        await page.GetByLabel("市町村の出席する職（任意）").FillAsync("企画担当課長等");
        await page.GetByTestId("new-body-add").ClickAsync();

        var council = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "道・市町村連携推進会議" }) });
        await Assertions.Expect(council).ToContainTextAsync("構成員 179");
        await Assertions.Expect(page.GetByTestId("bodies-none")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("59-prefectural-body");
        await page.AssertAccessibleAsync();
    }
}
