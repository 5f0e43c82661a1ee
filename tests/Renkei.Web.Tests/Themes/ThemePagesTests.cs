using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Renkei.Core.Themes;
using Renkei.Testing;
using Renkei.Web.Components.Pages.Themes;

namespace Renkei.Web.Tests.Themes;

public class ThemePagesTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    private async Task<int> ThemeIdAsync(string title) =>
        (await Database.Get<ThemeService>().ListAsync(await Database.ActorAsync(DemoAccounts.Secretariat))).Single(t => t.Title == title).Id;

    [Fact]
    public async Task A_participating_municipality_reads_a_theme_without_controls()
    {
        var office = await Database.ActorAsync(DemoAccounts.MurayamaSupport);
        var city = await Database.ActorAsync(DemoAccounts.YamagataCity);
        var rows = await Database.Get<TriageService>().ListAsync(office, new TriageFilter(State: TriageState.Unreviewed));
        var items = new[] { rows.First(r => r.OrganisationId == city.OrganisationId).ItemId, rows.First(r => r.OrganisationId != city.OrganisationId).ItemId };
        var id = await Database.Get<ThemeService>().CreateFromNeedsAsync(office, new NewThemeInput("観光ルートの広域連携", null, items));

        await SignInAsync(DemoAccounts.YamagataCity);
        var page = Render<ThemePage>(p => p.Add(x => x.ThemeId, id));
        page.WaitForAssertion(() => Assert.Equal("観光ルートの広域連携", page.Find("h1").TextContent));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("にする"));
        Assert.Single(page.FindAll("[data-testid=theme-needs] li")); // its own need only
    }

    [Fact]
    public async Task A_municipality_outside_a_theme_is_told_it_is_not_there()
    {
        await SignInAsync(DemoAccounts.TsuruokaCity);
        var page = Render<ThemePage>(p => p.Add(x => x.ThemeId, 1));
        page.WaitForAssertion(() => Assert.Contains("指定されたテーマは見つかりません", page.Find(".mud-alert").TextContent));
    }

    [Fact]
    public async Task The_secretariat_sees_the_fields_the_moves_and_the_timeline()
    {
        await SignInAsync(DemoAccounts.Secretariat);
        Render<MudPopoverProvider>();
        var id = await ThemeIdAsync("水道事業のあり方検討");
        var page = Render<ThemePage>(p => p.Add(x => x.ThemeId, id));
        page.WaitForAssertion(() => Assert.Equal("水道事業のあり方検討", page.Find("h1").TextContent));
        Assert.NotNull(page.Find("[data-testid=theme-visibility]")); // the steerer sets 公開・庁内・部外秘
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "「検討中」にする");
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "「見送り」にする");
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("全県のテーマにする")); // already 全県
        Assert.Contains("平成30年度第1回県・市町村連携推進会議において", page.Find("[data-testid=theme-timeline]").TextContent);
        // Only the methods the seed names for I-① are offered until more are asked for.
        Assert.Equal(["助言・支援", "交流派遣", "研修"], page.FindAll("fieldset.methods label").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public async Task The_board_shows_only_the_themes_behind_a_dashboard_number()
    {
        await SignInAsync(DemoAccounts.Secretariat);
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        navigation.NavigateTo("/themes?state=InProgress");
        var page = Render<ThemeBoard>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=theme-card]").Count));
        Assert.Contains("2件のテーマを表示しています", page.Find("[data-testid=board-filter]").TextContent);
    }

    [Fact]
    public async Task The_support_office_schedules_its_theme_teams_meeting_from_the_theme_page()
    {
        var office = await Database.ActorAsync(DemoAccounts.MurayamaSupport);
        var need = (await Database.Get<TriageService>().ListAsync(office, new TriageFilter(State: TriageState.Unreviewed))).First();
        var themeId = await Database.Get<ThemeService>().CreateFromNeedsAsync(office, new NewThemeInput("移住相談窓口の共同設置", null, [need.ItemId]));
        await Database.Get<Core.Council.WorkingTeamService>().CreateAsync(office, themeId, null);

        await SignInAsync(DemoAccounts.MurayamaSupport);
        Render<MudPopoverProvider>();
        var page = Render<ThemePage>(p => p.Add(x => x.ThemeId, themeId));
        page.WaitForAssertion(() => Assert.Contains("まだ会議は予定されていません", page.Find("[data-testid=team-meetings]").TextContent));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("input[data-testid=team-meeting-title]")));
        await page.InvokeAsync(() => page.Find("input[data-testid=team-meeting-title]").Change("第1回ワーキングチーム会議"));
        await page.Find("[data-testid=team-meeting-add]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        page.WaitForAssertion(() => Assert.Contains("第1回ワーキングチーム会議（日時未定）", page.Find("[data-testid=team-meetings]").TextContent));
        var link = page.Find("[data-testid=team-meetings] li a").GetAttribute("href");
        Assert.Matches(@"^/council/meetings/\d+$", link);
    }
}
