using Bunit;
using MudBlazor;
using Renkei.Core.Council;
using Renkei.Testing;
using Renkei.Web.Components.Pages.Council;

namespace Renkei.Web.Tests.Council;

public class BodiesPageTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task A_prefecture_without_bodies_has_its_secretariat_set_up_its_council_on_the_page()
    {
        await SignInAsync(DemoAccounts.HokkaidoSecretariat);
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<BodiesPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=bodies-none]")));

        var form = page.FindComponent<PrefecturalBodyForm>();
        await page.InvokeAsync(() => form.FindComponent<MudSelect<BodyKind?>>().Instance.ValueChanged.InvokeAsync(BodyKind.Council));
        page.WaitForAssertion(() => Assert.Equal("県・市町村連携推進会議", page.Find("input[data-testid=new-body-name]").GetAttribute("value"))); // the kind's usual name, to change
        await page.InvokeAsync(() => page.Find("[data-testid=new-body-add]").Click());
        page.WaitForAssertion(() => Assert.Contains("議長（座長）の職を入力してください", page.Find("[data-testid=new-prefectural-body]").TextContent)); // beside the field

        await page.InvokeAsync(() => page.Find("input[data-testid=new-body-name]").Change("道・市町村連携推進会議"));
        await page.InvokeAsync(() => page.Find("input[data-testid=new-body-chair]").Change("総合政策部長"));
        await page.InvokeAsync(() => page.Find("input[data-testid=new-body-municipal-post]").Change("企画担当課長等"));
        await page.InvokeAsync(() => page.Find("[data-testid=new-body-add]").Click());

        page.WaitForAssertion(() => Assert.Contains("道・市町村連携推進会議", page.Find("section h2").TextContent));
        Assert.Empty(page.FindAll("[data-testid=bodies-none]"));
        var council = Assert.Single(await Database.Get<CouncilService>().ListBodiesAsync(await Database.ActorAsync(DemoAccounts.HokkaidoSecretariat), Renkei.Core.Calendar.JapanDate.Today(TimeProvider.System)));
        Assert.NotEmpty(council.Members);
        Assert.Equal(council.Members.Count, page.FindAll("section")[0].QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task Others_see_the_rosters_without_the_form()
    {
        await SignInAsync(DemoAccounts.MurayamaSupport);
        var page = Render<BodiesPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("section h2")));
        Assert.Empty(page.FindAll("[data-testid=new-prefectural-body]"));
        Assert.Empty(page.FindAll("[data-testid=bodies-none]"));
    }
}
