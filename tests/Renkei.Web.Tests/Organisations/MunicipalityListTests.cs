using Bunit;
using MudBlazor;
using Renkei.Testing;
using Renkei.Web.Components.Pages.Organisations;

namespace Renkei.Web.Tests.Organisations;

public class MunicipalityListTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task Lists_all_35_municipalities_with_links_to_their_profiles()
    {
        await SignInAsync(DemoAccounts.YamagataCity);
        Render<MudPopoverProvider>();
        var page = Render<MunicipalityList>();

        page.WaitForAssertion(() => Assert.Equal(35, page.FindAll("tbody tr.mud-table-row").Count));
        Assert.Equal("35 件表示（全 35 件）", page.Find("[data-testid=municipality-count]").TextContent);
        Assert.Equal("/municipalities/062014", page.Find("tbody tr.mud-table-row a").GetAttribute("href"));
        Assert.Contains("山形市", page.Find("tbody tr.mud-table-row").TextContent);
    }

    [Fact]
    public async Task Searching_by_name_or_code_narrows_the_list()
    {
        await SignInAsync(DemoAccounts.TsuruokaCity);
        Render<MudPopoverProvider>();
        var page = Render<MunicipalityList>();
        page.WaitForAssertion(() => Assert.Equal(35, page.FindAll("tbody tr.mud-table-row").Count));

        page.Find("input[type=text]").Input("鶴岡");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tbody tr.mud-table-row")), TimeSpan.FromSeconds(3));
        Assert.Equal("1 件表示（全 35 件）", page.Find("[data-testid=municipality-count]").TextContent);

        page.Find("input[type=text]").Input("0636");
        page.WaitForAssertion(() => Assert.Equal(7, page.FindAll("tbody tr.mud-table-row").Count), TimeSpan.FromSeconds(3));
    }
}

public class BranchOfficesTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task Shows_each_branch_office_with_its_support_offices_and_their_municipalities()
    {
        await SignInAsync(DemoAccounts.KenkoFukushi);
        var page = Render<BranchOffices>();
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("h2").Count));
        Assert.Equal(["村山総合支庁", "最上総合支庁", "置賜総合支庁", "庄内総合支庁"], page.FindAll("h2").Select(h => h.TextContent));
        Assert.Equal(6, page.FindAll("h3").Count);
        Assert.Equal(35, page.FindAll("ul.chip-list a").Count);
        Assert.Contains("担当市町村: 4", page.Markup);
    }
}
