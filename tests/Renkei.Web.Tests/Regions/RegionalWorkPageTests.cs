using Bunit;
using MudBlazor;
using Renkei.Core.Regions;
using Renkei.Testing;
using Renkei.Web.Components.Pages.Regions;

namespace Renkei.Web.Tests.Regions;

public class RegionalWorkPageTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task The_support_office_sees_its_municipalities_visits_the_ones_not_visited_and_its_open_follow_ups()
    {
        var office = await Database.ActorAsync(DemoAccounts.MurayamaSupport);
        var yamagata = await Database.YamagataMunicipalityAsync("山形市");
        var log = Database.Get<ContactLogService>();
        var today = Core.Calendar.JapanDate.Today(Database.Clock);
        var id = await log.CreateAsync(office, new ContactLogInput(today, ContactKind.Visit, [yamagata], null, "空き家バンクの広域化", null, null));
        await log.AddFollowUpAsync(office, id, new FollowUpInput("近隣町に物件情報の共有を打診", "連携支援室", today.AddDays(14)), (await log.GetAsync(office, id)).Version);

        await SignInAsync(DemoAccounts.MurayamaSupport);
        Render<MudPopoverProvider>();
        var page = Render<RegionalWorkPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=visits]")));
        var row = page.FindAll("[data-testid=visits] tbody tr").Single(r => r.TextContent.Contains("山形市"));
        Assert.DoesNotContain("未訪問", row.TextContent);
        Assert.Contains("今年度まだ訪問していない市町村：4／5", page.Find("[data-testid=not-visited]").TextContent);
        Assert.Contains("近隣町に物件情報の共有を打診", page.Find("[data-testid=open-follow-ups]").TextContent);
        Assert.Contains("空き家バンクの広域化", page.Find("[data-testid=contact-entries]").TextContent);

        // The fiscal-year dashboard counts the same visits and flags the four not visited.
        var board = Render<Web.Components.Pages.Dashboard.FiscalYearDashboardPage>();
        board.WaitForAssertion(() => Assert.Contains("この年度に訪問していない市町村：4", board.Find("[data-testid=dash-not-visited]").TextContent));
        var visits = board.FindAll("[data-testid=dash-municipality]").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("[data-testid=dash-visits]")!.TextContent.Trim());
        Assert.Equal("1", visits["山形市"]);
        Assert.Equal("未訪問", visits["山辺町"]);

        // The entry's history, asked for on its page, says who recorded it and what, in words.
        var contact = Render<ContactPage>(p => p.Add(x => x.ContactId, id));
        contact.WaitForAssertion(() => Assert.NotNull(contact.Find("[data-testid=history-show]")));
        await contact.InvokeAsync(() => contact.Find("[data-testid=history-show]").Click());
        contact.WaitForAssertion(() => Assert.Contains("作成", contact.Find("[data-testid=history]").TextContent));
        var history = contact.Find("[data-testid=history]").TextContent;
        Assert.Contains("変更", history); // the follow-up wrote the entry's row
        Assert.Contains("会った市町村：山形市", history);
        Assert.Contains("種類：市町村訪問", history);
        Assert.Contains("村山 連携支援室", history);
    }

    [Fact]
    public async Task The_audit_page_lists_the_trail_for_the_secretariat_with_a_csv_of_what_it_shows()
    {
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        var tendo = await Database.YamagataMunicipalityAsync("天童市");
        await Database.Get<ContactLogService>().CreateAsync(secretariat, new ContactLogInput(Core.Calendar.JapanDate.Today(Database.Clock), ContactKind.InformationExchange, [tendo], null, "情報交換", null, null));
        await SignInAsync(DemoAccounts.Secretariat);
        Render<MudPopoverProvider>();
        var page = Render<Web.Components.Pages.Admin.AuditTrailPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=audit-rows] tbody tr")));
        Assert.Matches(@"^\d[\d,]*件$", page.Find("[data-testid=audit-total]").TextContent.Trim());
        Assert.StartsWith("/exports/audit.csv", page.Find("[data-testid=audit-csv]").GetAttribute("href"));
        Assert.Contains(page.FindAll("[data-testid=audit-rows] tbody tr"), r => r.TextContent.Contains("訪問・情報交換の記録") && r.TextContent.Contains("話題・内容：情報交換"));
    }

    [Fact]
    public async Task The_support_team_page_lists_the_offices_members_and_its_requests_with_their_state()
    {
        var office = await Database.ActorAsync(DemoAccounts.MurayamaSupport);
        var team = Database.Get<SupportTeamService>();
        await team.AddMemberAsync(office, new SupportMemberInput("農林水産部", "農村計画課 主査", [SupportField.AgricultureForestry], null));
        await SignInAsync(DemoAccounts.MurayamaSupport);
        Render<MudPopoverProvider>();
        var page = Render<SupportTeamPage>();
        page.WaitForAssertion(() => Assert.Contains("農村計画課 主査", page.Find("[data-testid=support-members]").TextContent));
        Assert.Contains("農林", page.Find("[data-testid=support-members]").TextContent);
        Assert.NotNull(page.Find("[data-testid=member-save]"));
        Assert.NotNull(page.Find("[data-testid=request-send]"));
    }

    [Fact]
    public async Task The_secretariat_reads_every_offices_support_team_without_the_forms()
    {
        await Database.Get<SupportTeamService>().AddMemberAsync(await Database.ActorAsync(DemoAccounts.MurayamaSupport),
            new SupportMemberInput("建設部", "建設総務課", [SupportField.CivilEngineering], null));
        await SignInAsync(DemoAccounts.Secretariat);
        Render<MudPopoverProvider>();
        var read = Render<SupportTeamPage>();
        read.WaitForAssertion(() => Assert.Contains("村山総合支庁 総務企画部総務課連携支援室", read.Find("[data-testid=support-members]").TextContent));
        Assert.Empty(read.FindAll("[data-testid=member-save]"));
    }

    [Fact]
    public async Task The_support_office_sets_up_a_regional_body_on_its_page_and_sees_its_members_and_meetings()
    {
        await SignInAsync(DemoAccounts.ShonaiSupport);
        Render<MudPopoverProvider>();
        var page = Render<RegionalWorkPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=regional-bodies-none]")));
        await page.InvokeAsync(() => page.Find("input[data-testid=regional-body-name]").Change("庄内地域副首長会議"));
        await page.InvokeAsync(() => page.Find("input[data-testid=regional-body-chair]").Change("庄内総合支庁長"));
        await page.Find("[data-testid=regional-body-add]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        page.WaitForAssertion(() => Assert.Contains("庄内地域副首長会議", page.Find("[data-testid=regional-body]").TextContent));
        Assert.Contains("副首長会議・庄内総合支庁", page.Find("[data-testid=regional-body]").TextContent);
        // The body's meetings load after it is shown (progress until then): wait for the answer, as a reader would.
        page.WaitForAssertion(() => Assert.Contains("まだ会議は予定されていません", page.Find("[data-testid=regional-body]").TextContent));
        Assert.NotNull(page.Find("[data-testid=regional-body] [data-testid=team-meeting-add]")); // the office schedules its meetings
    }
}
