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

    [Fact]
    public async Task The_smallest_municipalities_carry_the_seeds_flag_and_the_prefecture_page_gives_the_supplements_table()
    {
        await SignInAsync(DemoAccounts.YamagataCity);
        var list = Render<MunicipalityList>();
        list.WaitForAssertion(() => Assert.Equal(4, list.FindAll("[data-testid=under-5000]").Count)); // 2020: 西川町 joins 大蔵村, 鮭川村, 戸沢村

        var page = Render<Renkei.Web.Components.Pages.Organisations.PopulationPage>();
        page.WaitForAssertion(() => Assert.Contains("1,123,891人", page.Find("[data-testid=population-table]").TextContent));
        var table = page.Find("[data-testid=population-table]").TextContent;
        Assert.Contains("897,041人", table);
        Assert.Contains("226,850人", table);
        Assert.Contains("▲55,864", table); // 2015 → 2020
        Assert.Equal("3町村", page.FindAll("[data-testid=under-5000-count]")[0].TextContent);
    }
}
