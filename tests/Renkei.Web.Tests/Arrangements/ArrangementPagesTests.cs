using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Renkei.Testing;
using Renkei.Web.Components.Pages.Arrangements;

namespace Renkei.Web.Tests.Arrangements;

public class ArrangementPagesTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task A_municipality_sees_the_table_by_type_and_the_settlement_areas_of_today()
    {
        await SignInAsync(DemoAccounts.TsuruokaCity);
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/arrangements?type=SettlementArea");
        var page = Render<ArrangementsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=arrangement-row]")));

        var settlement = page.FindAll("[data-testid=summary-row]").Single(r => r.TextContent.Contains("定住自立圏"));
        Assert.Contains("形成準備中 1", settlement.TextContent); // 置賜 has no vision recorded
        var rows = page.FindAll("[data-testid=arrangement-row]").Select(r => r.TextContent).ToList();
        Assert.Equal(4, rows.Count); // 山形定住自立圏 ended in 2020: not in today's registry
        Assert.Contains(rows, r => r.Contains("置賜定住自立圏") && r.Contains("形成準備中") && r.Contains("中心市：米沢市"));
        Assert.Contains(rows, r => r.Contains("庄内南部定住自立圏") && r.Contains("運営中") && r.Contains("三川町"));
    }

    [Fact]
    public async Task The_detail_shows_parties_with_their_days_and_a_day_not_found_as_not_entered()
    {
        await SignInAsync(DemoAccounts.YamagataCity);
        var list = await Database.Get<Core.Arrangements.ArrangementService>().ListAsync(await Database.ActorAsync(DemoAccounts.YamagataCity),
            new Core.Arrangements.ArrangementFilter(new DateOnly(2017, 4, 1), Core.Arrangements.ArrangementType.SettlementArea));
        var page = Render<ArrangementPage>(p => p.Add(x => x.ArrangementId, list.Single(a => a.Name == "山形定住自立圏").Id));
        page.WaitForAssertion(() => Assert.Contains("解散・廃止", page.Find("[data-testid=arrangement-status]").TextContent));
        Assert.Contains("中心市", page.Find("[data-testid=arrangement-members]").TextContent);
        var steps = page.Find("[data-testid=arrangement-steps]").TextContent;
        Assert.Contains("平成23年11月 (2011)", steps); // the month the seed gives, no invented day
        Assert.Contains("未入力", steps);
    }

    [Fact]
    public async Task A_municipalitys_profile_lists_the_arrangements_it_takes_part_in()
    {
        await SignInAsync(DemoAccounts.TsuruokaCity);
        var page = Render<Renkei.Web.Components.Pages.Organisations.MunicipalityProfilePage>(p => p.Add(x => x.Code, "064262")); // 三川町
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=profile-arrangements] li").Count));
        Assert.Contains("庄内南部定住自立圏", page.Find("[data-testid=profile-arrangements]").TextContent);
        Assert.Contains("庄内北部定住自立圏", page.Find("[data-testid=profile-arrangements]").TextContent);
    }

    [Fact]
    public async Task A_member_files_a_correction_beside_the_record_and_sees_it_open()
    {
        var tsuruoka = await Database.ActorAsync(DemoAccounts.TsuruokaCity);
        var area = (await Database.Get<Core.Arrangements.ArrangementService>().ListAsync(tsuruoka,
            new Core.Arrangements.ArrangementFilter(Type: Core.Arrangements.ArrangementType.SettlementArea))).Single(a => a.Name == "庄内南部定住自立圏");
        await SignInAsync(DemoAccounts.TsuruokaCity);
        Render<MudPopoverProvider>();
        var page = Render<ArrangementPage>(p => p.Add(x => x.ArrangementId, area.Id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=correction-send]")));
        await page.InvokeAsync(() => page.Find("[data-testid=correction-send]").Click());
        page.WaitForAssertion(() => Assert.Contains("訂正の内容を入力してください。", page.Markup)); // beside the field, nothing sent
        await page.InvokeAsync(() => page.Find("textarea[data-testid=correction-text]").Change("三川町との変更協定が未登録です。"));
        await page.InvokeAsync(() => page.Find("[data-testid=correction-send]").Click());
        page.WaitForAssertion(() => Assert.Equal("未対応", page.Find("[data-testid=correction-state]").TextContent));
    }

    [Fact]
    public async Task The_keeper_finds_open_corrections_on_the_registry_page()
    {
        var tsuruoka = await Database.ActorAsync(DemoAccounts.TsuruokaCity);
        var area = (await Database.Get<Core.Arrangements.ArrangementService>().ListAsync(tsuruoka,
            new Core.Arrangements.ArrangementFilter(Type: Core.Arrangements.ArrangementType.SettlementArea))).Single(a => a.Name == "庄内南部定住自立圏");
        await Database.Get<Core.Arrangements.CorrectionService>().RequestAsync(tsuruoka, area.Id, "第2次共生ビジョンの期間が未入力です。");
        await SignInAsync(DemoAccounts.ShonaiSupport);
        Render<MudPopoverProvider>();
        var registry = Render<ArrangementsPage>();
        registry.WaitForAssertion(() => Assert.Contains("庄内南部定住自立圏：鶴岡市", registry.Find("[data-testid=correction-queue]").TextContent));
    }

    [Fact]
    public async Task The_secretariat_registers_by_hand_and_a_missing_name_or_party_is_told_beside_the_field()
    {
        await SignInAsync(DemoAccounts.Secretariat);
        Render<MudPopoverProvider>();
        var edit = Render<ArrangementEditPage>();
        edit.WaitForAssertion(() => Assert.NotNull(edit.Find("[data-testid=arrangement-save]")));
        await edit.InvokeAsync(() => edit.Find("form").Submit());
        edit.WaitForAssertion(() => Assert.Contains("名称を入力してください。", edit.Markup));
        await edit.InvokeAsync(() => edit.Find("input[data-testid=arrangement-name]").Change("手入力の衛生組合"));
        await edit.InvokeAsync(() => edit.Find("form").Submit());
        var navigation = Services.GetRequiredService<NavigationManager>();
        edit.WaitForAssertion(() => Assert.Matches(@"/arrangements/\d+$", navigation.Uri));

        var id = int.Parse(navigation.Uri[(navigation.Uri.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var page = Render<ArrangementPage>(p => p.Add(x => x.ArrangementId, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=party-save]")));
        Assert.Contains("未入力", page.Markup); // no day entered
        await page.InvokeAsync(() => page.Find("[data-testid=party-save]").Click());
        page.WaitForAssertion(() => Assert.Contains("構成団体は、県内の団体・山形県・他の広域連携のいずれか1つを指定してください。", page.Markup));
        Assert.NotNull(page.Find("[data-testid=step-save]"));
    }

    [Fact]
    public async Task A_municipality_reads_an_arrangement_without_edit_or_forms()
    {
        var city = await Database.ActorAsync(DemoAccounts.YamagataCity);
        var area = (await Database.Get<Core.Arrangements.ArrangementService>().ListAsync(city,
            new Core.Arrangements.ArrangementFilter(Type: Core.Arrangements.ArrangementType.SettlementArea))).Single(a => a.Name == "新庄最上定住自立圏");
        await SignInAsync(DemoAccounts.YamagataCity);
        var page = Render<ArrangementPage>(p => p.Add(x => x.ArrangementId, area.Id));
        page.WaitForAssertion(() => Assert.Contains("新庄市", page.Find("[data-testid=arrangement-members]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=arrangement-edit]"));
        Assert.Empty(page.FindAll("[data-testid=party-save]"));
        Assert.Empty(page.FindAll("[data-testid=correction-send]")); // not a party of 新庄最上
    }
}
