using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Renkei.Core.Accounts;
using Renkei.Core.Cases;
using Renkei.Core.Common;
using Renkei.Core.Themes;
using Renkei.Testing;
using Renkei.Web.Components.Pages.Cases;

namespace Renkei.Web.Tests.Cases;

public class CasePagesTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    private CaseService Cases => Database.Get<CaseService>();

    private static CaseInput Input(string title, int organisation, string field = "ごみ処理") =>
        new(title, "概要", null, null, null, null, null, "小さく始める", [field], [CollaborationMethod.SharedOperations], [organisation], Visibility.Internal);

    private async Task<int> ApprovedAsync(Actor author, CaseInput input)
    {
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        var id = await Cases.CreateAsync(author, input);
        await Cases.SubmitAsync(author, id, await Database.VersionAsync<Case>(id));
        await Cases.ApproveAsync(secretariat, id, input.Visibility, await Database.VersionAsync<Case>(id));
        return id;
    }

    [Fact]
    public async Task Choosing_a_region_facet_narrows_the_results_and_choosing_it_again_lifts_it()
    {
        await ApprovedAsync(await Database.ActorAsync(DemoAccounts.YamagataCity), Input("火葬場の広域化（村山）", (await Database.ActorAsync(DemoAccounts.YamagataCity)).OrganisationId, "火葬場"));
        await ApprovedAsync(await Database.ActorAsync(DemoAccounts.TsuruokaCity), Input("火葬場の広域化（庄内）", (await Database.ActorAsync(DemoAccounts.TsuruokaCity)).OrganisationId, "火葬場"));
        await SignInAsync(DemoAccounts.KaminoyamaCity);
        Render<MudPopoverProvider>();
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo("/cases?field=" + Uri.EscapeDataString("火葬場")); // as from 関連する事例
        var page = Render<CasesPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=case-results] li").Count));
        Assert.Contains("2件の事例", page.Find("[data-testid=case-count]").TextContent);

        var shonai = page.FindAll("button.facet-value").Single(b => b.TextContent.Contains("庄内（1）"));
        await page.InvokeAsync(() => shonai.Click());
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=case-results] li")));
        Assert.Contains("火葬場の広域化（庄内）", page.Find("[data-testid=case-results]").TextContent);
        Assert.Equal("true", page.FindAll("button.facet-value").Single(b => b.TextContent.Contains("庄内")).GetAttribute("aria-pressed"));

        await page.InvokeAsync(() => page.FindAll("button.facet-value").Single(b => b.TextContent.Contains("庄内")).Click());
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=case-results] li").Count));
    }

    [Fact]
    public async Task A_returned_case_shows_its_reason_to_the_author_with_edit_and_submit_and_nothing_to_a_colleague_elsewhere()
    {
        var city = await Database.ActorAsync(DemoAccounts.YamagataCity);
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        var id = await Cases.CreateAsync(city, Input("差戻しの確認", city.OrganisationId));
        await Cases.SubmitAsync(city, id, await Database.VersionAsync<Case>(id));
        await Cases.ReturnAsync(secretariat, id, "出典を追記してください。", await Database.VersionAsync<Case>(id));

        await SignInAsync(DemoAccounts.YamagataCity);
        var page = Render<CasePage>(p => p.Add(x => x.CaseId, id));
        page.WaitForAssertion(() => Assert.Equal("差戻し", page.Find("[data-testid=case-state]").TextContent));
        Assert.Contains("事務局から差し戻されました：出典を追記してください。", page.Markup);
        Assert.NotNull(page.Find("[data-testid=case-submit]"));
        Assert.Contains("/cases/" + id + "/edit", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=case-approve]"));
    }

    [Fact]
    public async Task Approving_a_case_a_colleague_has_just_approved_shows_the_conflict_and_the_latest_state()
    {
        var city = await Database.ActorAsync(DemoAccounts.YamagataCity);
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        var id = await Cases.CreateAsync(city, Input("二重承認の確認", city.OrganisationId));
        await Cases.SubmitAsync(city, id, await Database.VersionAsync<Case>(id));

        await SignInAsync(DemoAccounts.Secretariat);
        Render<MudPopoverProvider>();
        var page = Render<CasePage>(p => p.Add(x => x.CaseId, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=case-approve]")));
        await Cases.ApproveAsync(secretariat, id, Visibility.Public, await Database.VersionAsync<Case>(id)); // a colleague, first

        await page.InvokeAsync(() => page.Find("[data-testid=case-approve]").Click());
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=conflict]")));
        await page.InvokeAsync(() => page.Find("[data-testid=conflict] button").Click());
        page.WaitForAssertion(() => Assert.Equal("承認済", page.Find("[data-testid=case-state]").TextContent));
        Assert.NotNull(page.Find("[data-testid=case-public-link]")); // the colleague's 公開 kept
    }

    [Fact]
    public async Task A_need_of_a_category_with_cases_shows_them_as_related()
    {
        var field = Core.Surveys.StandardCatalogue.Entries[2].Label; // 生活交通対策関係
        var city = await Database.ActorAsync(DemoAccounts.YamagataCity);
        await ApprovedAsync(city, Input("デマンドタクシーの共同運行", city.OrganisationId, field));
        await SignInAsync(DemoAccounts.KaminoyamaCity);
        var related = Render<RelatedCases>(p => p.Add(x => x.Field, field));
        related.WaitForAssertion(() => Assert.Contains("デマンドタクシーの共同運行", related.Find("[data-testid=related-cases]").TextContent));
        Assert.Contains("/cases?field=", related.Markup);
        var none = Render<RelatedCases>(p => p.Add(x => x.Field, Core.Surveys.StandardCatalogue.Entries[3].Label));
        Assert.Empty(none.FindAll("[data-testid=related-cases]"));
    }
}
