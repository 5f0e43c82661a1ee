using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Renkei.Core.Indicators;
using Renkei.Testing;
using Renkei.Web.Components.Pages.Indicators;

namespace Renkei.Web.Tests.Indicators;

public class IndicatorPagesTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task The_secretariat_registers_an_indicator_with_its_targets_and_a_missing_name_is_told_beside_the_field()
    {
        await SignInAsync(DemoAccounts.Secretariat);
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<IndicatorEditPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=indicator-save]")));

        await page.InvokeAsync(() => page.Find("[data-testid=indicator-save]").Click());
        page.WaitForAssertion(() => Assert.Contains("指標名を入力してください。", page.Markup));

        await page.InvokeAsync(() => page.Find("input[data-testid=indicator-name]").Change("空き家バンクの登録件数"));
        await page.InvokeAsync(() => page.Find("input[data-testid=indicator-unit]").Change("件"));
        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Contains("年の目標を追加")).Click());
        await page.InvokeAsync(() => page.Find("input[data-testid=target-year]").Change("2027"));
        await page.InvokeAsync(() => page.Find("input[data-testid=target-value]").Change("150"));
        await page.InvokeAsync(() => page.Find("[data-testid=indicator-save]").Click());
        page.WaitForAssertion(() => Assert.Contains("/indicators/", Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().Uri));

        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        var saved = Assert.Single(await Database.Get<IndicatorService>().ListAsync(secretariat), i => i.Name == "空き家バンクの登録件数");
        var view = await Database.Get<IndicatorService>().GetAsync(secretariat, saved.Id);
        Assert.Equal(("件", 2027, 150m), (view.Unit, view.Targets.Single().Year, view.Targets.Single().Value));
    }
}
