using Renkei.Core.Common;
using Renkei.Core.Dashboard;
using Renkei.Core.Surveys;
using Renkei.Core.Tests.Cases;
using Renkei.Core.Themes;
using Renkei.Testing;

namespace Renkei.Core.Tests.Dashboard;

public class FiscalYearDashboardServiceTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private FiscalYearDashboardService Dashboard => database.Get<FiscalYearDashboardService>();

    [Fact]
    public async Task The_2017_year_at_a_glance_for_the_secretariat()
    {
        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2019, 3, 1, 9, 0, 0));
        var board = await Dashboard.GetAsync(await database.ActorAsync(DemoAccounts.Secretariat), 2017);

        Assert.Equal(2017, board.Survey!.FiscalYear);
        Assert.Equal(35 + 9, board.Progress!.Submitted);
        Assert.Equal(173 + 40, board.NeedsByState.Values.Sum());
        Assert.InRange(board.NeedsByState[TriageState.Themed], 20, 40); // the demo themes' needs
        Assert.Equal(board.NeedsByState[TriageState.Unreviewed], board.OverdueNeeds); // closed 6/23/2017, now far past 30 days
        Assert.Equal(new DateOnly(2017, 7, 23), board.NeedsOverdueSince);

        Assert.Equal(7, board.ThemesByState.Values.Sum());
        Assert.Equal((2, 2, 1, 1, 1), (board.ThemesByState[ThemeState.InProgress], board.ThemesByState[ThemeState.Studying], board.ThemesByState[ThemeState.Budgeted],
            board.ThemesByState[ThemeState.Decided], board.ThemesByState[ThemeState.Completed]));
        Assert.Equal(3, board.OpenThemesByMethod[DeploymentMethod.FoundationSupport]); // 専門・技術, 情報システム, 水道 (住民税 is complete)
        Assert.Equal(board.OpenThemesByFramework(ThemeFramework.Autonomy), board.OpenThemesByMethod[DeploymentMethod.FoundationSupport] + board.OpenThemesByMethod[DeploymentMethod.Efficiency]);

        Assert.Equal(35, board.Municipalities.Count);
        var sakata = board.Municipalities.Single(m => m.Name == "酒田市");
        Assert.Equal(ProgressState.Submitted, sakata.SurveyState);
        Assert.Contains(sakata.Themes, t => t.Title == "離島振興（飛島）");
        Assert.Equal(173, board.Municipalities.Sum(m => m.Needs));
        // Demo themes last moved in 2018–2019: the open ones that have not moved for 90 days are listed.
        Assert.All(board.OverdueThemes, t => Assert.True(t.DaysStill >= FiscalYearDashboardService.ThemeStaleDays));
        Assert.DoesNotContain(board.OverdueThemes, t => t.State == ThemeState.Completed);
    }

    [Fact]
    public async Task A_support_office_sees_its_jurisdiction_and_a_year_without_survey_is_empty_not_an_error()
    {
        var office = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var board = await Dashboard.GetAsync(office, 2017);
        Assert.Equal(5, board.Municipalities.Count);
        Assert.Equal(board.Municipalities.Sum(m => m.Needs), board.NeedsByState.Values.Sum());

        var empty = await Dashboard.GetAsync(office, 2031);
        Assert.Null(empty.Survey);
        Assert.Equal(0, empty.NeedsByState.Values.Sum());
        Assert.Contains(2017, empty.FiscalYears);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await Dashboard.GetAsync(await database.ActorAsync(DemoAccounts.YamagataCity)));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Dashboard.GetAsync(await database.ActorAsync(DemoAccounts.KenkoFukushi)));
    }

    [Fact]
    public async Task Cases_approved_and_adoptions_count_in_the_japanese_fiscal_year_they_fall_in()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var kaminoyama = await database.ActorAsync(DemoAccounts.KaminoyamaCity);
        var input = Tests.Cases.CaseFixtures.Input("年度境界の事例", [city.OrganisationId]);
        database.Clock.SetUtcNow(new DateTimeOffset(2017, 3, 31, 14, 30, 0, TimeSpan.Zero)); // 2017-03-31 23:30 in Japan: FY2016
        var late = await database.ApprovedCaseAsync(city, input, Core.Common.Visibility.Internal);
        database.Clock.SetUtcNow(new DateTimeOffset(2017, 3, 31, 15, 30, 0, TimeSpan.Zero)); // 2017-04-01 00:30 in Japan: FY2017
        await database.ApprovedCaseAsync(city, input with { Title = "年度初日の事例" }, Core.Common.Visibility.Confidential);
        await database.Get<Core.Cases.AdoptionService>().RecordAsync(kaminoyama, late,
            new Core.Cases.AdoptionInput(kaminoyama.OrganisationId, new DateOnly(2018, 3, 31), Core.Cases.AdoptionStage.Considering, null, null));

        var secretariat = await Dashboard.GetAsync(await database.ActorAsync(DemoAccounts.Secretariat), 2017);
        Assert.Equal((1, 1), (secretariat.CasesApproved, secretariat.Adoptions));
        Assert.Equal((1, 0), ((await Dashboard.GetAsync(await database.ActorAsync(DemoAccounts.Secretariat), 2016)).CasesApproved, (await Dashboard.GetAsync(await database.ActorAsync(DemoAccounts.Secretariat), 2016)).Adoptions));
        var office = await Dashboard.GetAsync(await database.ActorAsync(DemoAccounts.ShonaiSupport), 2017);
        Assert.Equal((0, 1), (office.CasesApproved, office.Adoptions)); // the 部外秘 one is not theirs to count
    }
}
