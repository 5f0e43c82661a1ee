using Renkei.Core.Common;
using Renkei.Core.Surveys;
using Renkei.Testing;

namespace Renkei.Core.Tests.Surveys;

public class SurveySummaryServiceTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private SurveySummaryService Summaries => database.Get<SurveySummaryService>();

    private async Task<int> DemoSurveyIdAsync() =>
        (await database.Get<NeedsSurveyService>().ListAsync(await database.ActorAsync(DemoAccounts.Secretariat))).Single(s => s.FiscalYear == 2017).Id;

    [Fact]
    public async Task The_demo_2017_survey_reproduces_the_published_table()
    {
        var summary = await Summaries.GetAsync(await database.ActorAsync(DemoAccounts.Secretariat), await DemoSurveyIdAsync());
        ReferenceTable2017.AssertMatches(summary);
        Assert.Equal(35, summary.Municipal.Respondents);
    }

    /// <summary>Enters the 2017 distribution the way respondents do (add items, submit) and checks the table.</summary>
    [Fact]
    public async Task Answers_entered_through_the_service_sum_up_to_the_published_table()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2060);
        var responses = database.Get<SurveyResponseService>();
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var categories = await database.Get<NeedsSurveyService>().ListCategoriesAsync(secretariat, surveyId);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var tsuruoka = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var department = await database.ActorAsync(DemoAccounts.KenkoFukushi);
        var office = await database.ActorAsync(DemoAccounts.MurayamaSupport);

        var n = 0;
        foreach (var row in ReferenceTable2017.Rows)
        {
            var categoryId = categories.Single(c => c.Label == row.Label).Id;
            for (var i = 0; i < row.Municipal; i++)
            {
                await responses.AddItemAsync(n++ % 2 == 0 ? city : tsuruoka, surveyId, SurveyScenario.Item(categoryId, $"{row.Label[..4]} {i + 1}"));
            }
        }
        // 40 prefectural items: 32/6/2 over exactly the categories marked *.
        var starred = ReferenceTable2017.Rows.Where(r => r.Star).Select(r => categories.Single(c => c.Label == r.Label)).ToList();
        var plan = starred.Where(c => c.Section == SurveySection.Policy).SelectMany((c, k) => Enumerable.Repeat(c.Id, k == 0 ? 27 : 1))
            .Concat(starred.Where(c => c.Section == SurveySection.Operations).SelectMany(c => Enumerable.Repeat(c.Id, 2)))
            .Concat(starred.Where(c => c.Section == SurveySection.Exchange).SelectMany(c => Enumerable.Repeat(c.Id, 2)));
        foreach (var categoryId in plan)
        {
            await responses.AddItemAsync(n++ % 2 == 0 ? department : office, surveyId, SurveyScenario.Item(categoryId));
        }

        var before = await Summaries.GetAsync(secretariat, surveyId);
        Assert.Equal((0, 0), (before.Municipal.Total, before.Departments.Total)); // drafts do not count
        foreach (var respondent in new[] { city, tsuruoka, department, office })
        {
            await responses.SubmitAsync(respondent, surveyId);
        }
        var summary = await Summaries.GetAsync(secretariat, surveyId);
        ReferenceTable2017.AssertMatches(summary);
        Assert.Equal((2, 2), (summary.Municipal.Respondents, summary.Departments.Respondents));
    }

    [Fact]
    public async Task Support_offices_count_their_jurisdiction_and_can_narrow_it()
    {
        var surveyId = await DemoSurveyIdAsync();
        var shonai = await database.ActorAsync(DemoAccounts.ShonaiSupport);
        var all = await Summaries.GetAsync(await database.ActorAsync(DemoAccounts.Secretariat), surveyId);
        var mine = await Summaries.GetAsync(shonai, surveyId);
        var items = await Summaries.ListItemsAsync(shonai, surveyId, new ItemFilter(Group: RespondentGroup.Municipal));
        Assert.InRange(mine.Municipal.Total, 1, all.Municipal.Total - 1);
        Assert.Equal(5, mine.Municipal.Respondents); // 庄内: 2 市 3 町
        Assert.Equal(mine.Municipal.Total, items.Count);
        Assert.All(items, i => Assert.Equal("庄内", i.Region));
        Assert.Equal(ReferenceTable2017.PrefecturalTotal, mine.Departments.Total); // closed survey: prefectural answers are shared

        var tsuruoka = await Summaries.GetAsync(shonai, surveyId, new SummaryFilter(MunicipalityId: (await database.ActorAsync(DemoAccounts.TsuruokaCity)).OrganisationId));
        Assert.Equal(1, tsuruoka.Municipal.Respondents);
        var byRegion = await Summaries.GetAsync(await database.ActorAsync(DemoAccounts.Secretariat), surveyId, new SummaryFilter(Region: "庄内"));
        Assert.Equal(mine.Municipal.Total, byRegion.Municipal.Total);
        Assert.True(byRegion.Municipal.Sections[0].Categories[0].AlsoRaisedByDepartments); // the mark stays
    }

    [Fact]
    public async Task Drill_down_lists_the_items_behind_a_count()
    {
        var surveyId = await DemoSurveyIdAsync();
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var summary = await Summaries.GetAsync(secretariat, surveyId);
        var water = summary.Municipal.Sections[1].Categories.Single(c => c.Label.StartsWith("水道"));
        var items = await Summaries.ListItemsAsync(secretariat, surveyId, new ItemFilter(water.CategoryId, Group: RespondentGroup.Municipal));
        Assert.Equal(17, items.Count);
        Assert.All(items, i => Assert.Equal(water.Label, i.CategoryLabel));
        Assert.Equal(40, (await Summaries.ListItemsAsync(secretariat, surveyId, new ItemFilter(Group: RespondentGroup.Prefectural))).Count);
    }

    [Theory]
    [InlineData(DemoAccounts.Secretariat, true, true)]
    [InlineData(DemoAccounts.MurayamaSupport, true, true)]
    [InlineData(DemoAccounts.ShonaiSupport, true, true)]
    [InlineData(DemoAccounts.KenkoFukushi, true, false)]
    [InlineData(DemoAccounts.YamagataCity, false, false)]
    [InlineData(DemoAccounts.TsuruokaCity, false, false)]
    [InlineData(DemoAccounts.Admin, false, false)]
    public async Task Each_persona_sees_the_summary_and_progress_it_should(string email, bool summary, bool progress)
    {
        var actor = await database.ActorAsync(email);
        var surveyId = await DemoSurveyIdAsync();
        var summaryError = await Record.ExceptionAsync(() => Summaries.GetAsync(actor, surveyId));
        var progressError = await Record.ExceptionAsync(() => database.Get<SurveyProgressService>().GetAsync(actor, surveyId));
        Assert.Equal(summary, summaryError is null);
        Assert.Equal(progress, progressError is null);
        Assert.True(summaryError is null or ForbiddenException);
        Assert.True(progressError is null or ForbiddenException);
    }

    [Fact]
    public async Task Departments_see_others_answers_only_after_the_survey_closes()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2061);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var responses = database.Get<SurveyResponseService>();
        await responses.AddItemAsync(city, surveyId, SurveyScenario.Item(await SurveyScenario.CategoryAsync(database, city, surveyId, "若者")));
        await responses.SubmitAsync(city, surveyId);
        var department = await database.ActorAsync(DemoAccounts.KenkoFukushi);
        Assert.Equal(0, (await Summaries.GetAsync(department, surveyId)).Municipal.Total);
        Assert.Empty(await Summaries.ListItemsAsync(department, surveyId));

        await database.Get<NeedsSurveyService>().CloseAsync(await database.ActorAsync(DemoAccounts.Secretariat), surveyId, await database.VersionAsync<NeedsSurvey>(surveyId));
        Assert.Equal(1, (await Summaries.GetAsync(department, surveyId)).Municipal.Total);
    }

    [Fact]
    public async Task Progress_lists_every_respondent_in_scope_with_its_state()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2062);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        await database.Get<SurveyResponseService>().AddItemAsync(city, surveyId, SurveyScenario.Item(await SurveyScenario.CategoryAsync(database, city, surveyId, "若者")));

        var all = await database.Get<SurveyProgressService>().GetAsync(await database.ActorAsync(DemoAccounts.Secretariat), surveyId);
        Assert.Equal(35 + 17 + 6, all.Rows.Count); // municipalities, departments without the secretariat, support offices
        Assert.DoesNotContain(all.Rows, r => r.OrganisationName == "企画振興部 市町村課");
        Assert.Equal("山形市", all.Rows[0].OrganisationName);
        Assert.Equal((ProgressState.InProgress, 1), (all.Rows[0].State, all.Rows[0].ItemCount));
        Assert.Equal(all.Rows.Count - 1, all.Count(ProgressState.NotStarted));

        var murayama = await database.Get<SurveyProgressService>().GetAsync(await database.ActorAsync(DemoAccounts.MurayamaSupport), surveyId);
        Assert.Equal(5, murayama.Rows.Count);
        Assert.All(murayama.Rows, r => Assert.Equal("村山", r.Region));
    }
}
