using Renkei.Core.Common;
using Renkei.Core.Surveys;
using Renkei.Testing;

namespace Renkei.Core.Tests.Surveys;

public class NeedsSurveyServiceTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private NeedsSurveyService Surveys => database.Get<NeedsSurveyService>();

    private static NewSurveyInput H29Like(int fiscalYear, bool copy = false) =>
        SurveyScenario.H29Like(fiscalYear) with { CopyCategoriesFromPreviousSurvey = copy };

    [Fact]
    public async Task A_new_survey_gets_the_standard_2017_catalogue()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var id = await Surveys.CreateAsync(secretariat, H29Like(2016));

        var categories = await Surveys.ListCategoriesAsync(secretariat, id);
        Assert.Equal(15, categories.Count);
        Assert.Equal(8, categories.Count(c => c.Section == SurveySection.Policy));
        Assert.Equal(5, categories.Count(c => c.Section == SurveySection.Operations));
        Assert.Equal(2, categories.Count(c => c.Section == SurveySection.Exchange));
        Assert.Equal(["その他（健康づくり関係、地域経済の活性化関係等）", "その他（職員採用関係等）"], categories.Where(c => c.IsOther).Select(c => c.Label));
        Assert.Equal("若者の定着・回帰関係（移住定住、空き家対策、Uターン等）", categories[0].Label);

        var listed = Assert.Single(await Surveys.ListAsync(await database.ActorAsync(DemoAccounts.YamagataCity)), s => s.Id == id);
        Assert.Equal(SurveyStatus.Draft, listed.Status);
        Assert.Equal(new DateOnly(2016, 6, 7), listed.DepartmentOpensOn);
    }

    [Fact]
    public async Task Another_prefectures_new_survey_starts_without_yamagatas_own_category()
    {
        var hokkaido = await database.ActorAsync(DemoAccounts.HokkaidoSecretariat);
        var id = await Surveys.CreateAsync(hokkaido, H29Like(2016));

        var labels = (await Surveys.ListCategoriesAsync(hokkaido, id)).Select(c => c.Label).ToList();
        Assert.Equal(14, labels.Count);
        Assert.DoesNotContain(labels, l => l.Contains("飛島", StringComparison.Ordinal)); // Yamagata's own 15 are above
    }

    [Theory]
    [InlineData(DemoAccounts.Admin)]
    [InlineData(DemoAccounts.YamagataCity)]
    [InlineData(DemoAccounts.MurayamaSupport)]
    [InlineData(DemoAccounts.KenkoFukushi)]
    public async Task Only_the_secretariat_creates_a_survey(string email) =>
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Surveys.CreateAsync(await database.ActorAsync(email), H29Like(2030)));

    [Fact]
    public async Task One_survey_per_fiscal_year_and_windows_that_end_after_they_start()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await Surveys.CreateAsync(secretariat, H29Like(2018));
        var duplicate = await Assert.ThrowsAsync<ValidationException>(() => Surveys.CreateAsync(secretariat, H29Like(2018)));
        Assert.Contains("既に作成", duplicate.Errors["FiscalYear"][0]);

        var backwards = H29Like(2031) with { MunicipalClosesOn = new DateOnly(2031, 5, 1), Title = new string('調', 201) };
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Surveys.CreateAsync(secretariat, backwards));
        Assert.True(refused.Errors.ContainsKey("MunicipalClosesOn"));
        Assert.Contains("200文字以内", refused.Errors["Title"][0]);
    }

    [Fact]
    public async Task Categories_can_be_carried_over_from_the_previous_survey()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await Surveys.CreateAsync(secretariat, H29Like(2019));
        var next = await Surveys.CreateAsync(secretariat, H29Like(2020, copy: true));
        Assert.Equal(15, (await Surveys.ListCategoriesAsync(secretariat, next)).Count);
    }

    [Fact]
    public async Task The_secretariat_opens_and_closes_a_survey_in_order()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var id = await Surveys.CreateAsync(secretariat, H29Like(2021));
        await Assert.ThrowsAsync<ValidationException>(async () => await Surveys.CloseAsync(secretariat, id, await database.VersionAsync<NeedsSurvey>(id)));
        await Surveys.OpenAsync(secretariat, id, await database.VersionAsync<NeedsSurvey>(id));
        await Assert.ThrowsAsync<ValidationException>(async () => await Surveys.OpenAsync(secretariat, id, await database.VersionAsync<NeedsSurvey>(id)));
        await Surveys.CloseAsync(secretariat, id, await database.VersionAsync<NeedsSurvey>(id));
        Assert.Equal(SurveyStatus.Closed, (await Surveys.ListAsync(secretariat)).Single(s => s.Id == id).Status);
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Surveys.OpenAsync(await database.ActorAsync(DemoAccounts.TsuruokaCity), id, await database.VersionAsync<NeedsSurvey>(id)));
        await Assert.ThrowsAsync<NotFoundException>(async () => await Surveys.OpenAsync(secretariat, 999_999, 0));
    }
}
