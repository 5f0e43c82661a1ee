using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

public class IndicatorJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private const string Volunteers = "除雪及び雪下ろしボランティアの登録数";

    [Fact]
    public async Task A_department_enters_an_actual_the_secretariat_approves_it_and_the_chart_moves()
    {
        // The secretariat names the department that reports the indicator (the plan names only the lead bureau).
        var secretariat = await portal.NewPageAsync();
        await secretariat.SignInAsync(DemoAccounts.Secretariat, DemoAccounts.Password);
        await secretariat.GotoAsync("/indicators");
        await secretariat.WaitUntilInteractiveAsync();
        await Assertions.Expect(secretariat.GetByTestId("indicators").First).ToContainTextAsync("516人（平成27年度 (2015)）");
        await secretariat.ScreenshotAsync("44-indicators");
        await secretariat.AssertAccessibleAsync();
        await secretariat.GetByRole(AriaRole.Link, new() { Name = Volunteers }).ClickAsync();
        await secretariat.WaitUntilInteractiveAsync();
        await Assertions.Expect(secretariat.GetByTestId("indicator-chart-empty")).ToBeVisibleAsync();
        await secretariat.ChooseAsync(secretariat.Locator(".mud-select").Filter(new() { HasText = "担当部局" }).First, "健康福祉部 健康福祉企画課", exact: true);
        await secretariat.GetByTestId("owner-save").ClickAsync();
        await Assertions.Expect(secretariat.GetByTestId("indicator-owner")).ToHaveTextAsync("健康福祉部 健康福祉企画課");
        var page = new Uri(secretariat.Url).AbsolutePath;

        // The department enters FY2017's actual with its source; it waits for approval and does not count yet.
        var department = await portal.NewPageAsync();
        await department.SignInAsync(DemoAccounts.KenkoFukushi, DemoAccounts.Password);
        await department.GotoAsync(page);
        await department.WaitUntilInteractiveAsync();
        await department.GetByLabel("年（西暦）").FillAsync("2017");
        await department.GetByLabel("実績（人）").FillAsync("700");
        await department.GetByLabel("出典").FillAsync("県土整備部調べ（平成30年3月末現在）");
        await department.GetByTestId("value-save").ClickAsync();
        await Assertions.Expect(department.GetByTestId("indicator-values")).ToContainTextAsync("承認待ち");
        await Assertions.Expect(department.GetByTestId("indicator-status")).ToContainTextAsync("判定できるデータなし");
        await department.AssertAccessibleAsync();

        // The secretariat approves it: the status and the chart move.
        await secretariat.ReloadAsync();
        await secretariat.WaitUntilInteractiveAsync();
        await secretariat.GetByTestId("value-approve").ClickAsync();
        await Assertions.Expect(secretariat.GetByTestId("indicator-status")).ToContainTextAsync("順調");
        await Assertions.Expect(secretariat.GetByTestId("indicator-chart")).ToBeVisibleAsync();
        await Assertions.Expect(secretariat.GetByTestId("indicator-chart").Locator("path").First).ToBeAttachedAsync();
        await Assertions.Expect(secretariat.GetByTestId("indicator-years")).ToContainTextAsync("700人");
        await secretariat.ScreenshotAsync("45-indicator-approved");
        await secretariat.AssertAccessibleAsync();
    }
}
