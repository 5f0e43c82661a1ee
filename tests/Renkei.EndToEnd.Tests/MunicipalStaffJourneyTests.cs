using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

public class MunicipalStaffJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Municipal_staff_signs_in_and_sees_the_35_municipalities()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/login");
        await page.ScreenshotAsync("01-login");
        await page.AssertAccessibleAsync();

        await page.SignInAsync(DemoAccounts.YamagataCity, DemoAccounts.Password);
        await page.ScreenshotAsync("02-home");
        Assert.Contains("令和", await page.Locator("[data-testid=fiscal-year]").InnerTextAsync());
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "市町村一覧" }).ClickAsync();
        await page.WaitForURLAsync("**/municipalities");
        var rows = page.Locator("tbody tr.mud-table-row");
        await Assertions.Expect(rows).ToHaveCountAsync(35);
        await page.ScreenshotAsync("03-municipalities");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("名前または団体コードで検索").FillAsync("鶴岡");
        await Assertions.Expect(rows).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Link, new() { Name = "鶴岡市" }).ClickAsync();
        await page.WaitForURLAsync("**/municipalities/062031");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "鶴岡市", Level = 1 })).ToBeVisibleAsync();
        // Another municipality's contact is read-only for Yamagata city staff.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "連絡先を編集" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync("04-profile");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/branch-offices");
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveCountAsync(4);
        await page.ScreenshotAsync("05-branch-offices");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Municipal_staff_updates_their_own_contact()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(DemoAccounts.TsuruokaCity, DemoAccounts.Password);
        await page.GotoAsync("/municipalities/062031");
        await page.WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "連絡先を編集" }).ClickAsync();
        await page.GetByLabel("電話番号").FillAsync("電話");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByText("電話番号は半角数字とハイフンで入力してください").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("06-contact-error");

        await page.GetByLabel("電話番号").FillAsync("0235-25-2111");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByText("0235-25-2111")).ToBeVisibleAsync();
    }
}
