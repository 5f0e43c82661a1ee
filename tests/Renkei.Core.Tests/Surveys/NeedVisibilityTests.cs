using Renkei.Core.Common;
using Renkei.Core.Search;
using Renkei.Core.Surveys;
using Renkei.Core.Themes;
using Renkei.Testing;

namespace Renkei.Core.Tests.Surveys;

/// <summary>公開 / 庁内 / 部外秘 on needs: a 部外秘 need is read only by its organisation, the secretariat and its 連携支援室.</summary>
public class NeedVisibilityTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private SurveyResponseService Responses => database.Get<SurveyResponseService>();

    /// <summary>山形市 (村山) answers a 部外秘 and a 庁内 need, 健康福祉企画課 a 部外秘 one; the survey closes.</summary>
    private async Task<(int SurveyId, NeedItemView CitySecret, NeedItemView CityOpen, NeedItemView DepartmentSecret)> ClosedSurveyAsync(int year)
    {
        var surveyId = await SurveyScenario.OpenAsync(database, year);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var department = await database.ActorAsync(DemoAccounts.KenkoFukushi);
        var category = await SurveyScenario.CategoryAsync(database, city, surveyId, "若者");
        var citySecret = await Responses.AddItemAsync(city, surveyId, SurveyScenario.Item(category, "職員派遣の内々の相談") with { Visibility = Visibility.Confidential });
        var cityOpen = await Responses.AddItemAsync(city, surveyId, SurveyScenario.Item(category, "移住相談窓口の共同運営"));
        var departmentSecret = await Responses.AddItemAsync(department, surveyId,
            SurveyScenario.Item(await SurveyScenario.CategoryAsync(database, department, surveyId, "若者"), "医師確保の内々の調整") with { Visibility = Visibility.Confidential });
        await Responses.SubmitAsync(city, surveyId);
        await Responses.SubmitAsync(department, surveyId);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await database.Get<NeedsSurveyService>().CloseAsync(secretariat, surveyId, await database.VersionAsync<NeedsSurvey>(surveyId));
        return (surveyId, citySecret, cityOpen, departmentSecret);
    }

    private async Task<IReadOnlyList<string>> ListedAsync(string email, int surveyId) =>
        (await database.Get<SurveySummaryService>().ListItemsAsync(await database.ActorAsync(email), surveyId)).Select(r => r.Title).ToList();

    [Fact]
    public async Task A_confidential_need_stays_with_its_organisation_the_secretariat_and_its_support_office_in_lists_counts_and_responses()
    {
        var (surveyId, citySecret, cityOpen, departmentSecret) = await ClosedSurveyAsync(2060);
        Assert.Equal(Visibility.Confidential, citySecret.Visibility);
        Assert.Equal(Visibility.Internal, cityOpen.Visibility);

        var all = await ListedAsync(DemoAccounts.Secretariat, surveyId);
        Assert.Equal(3, all.Count);
        var department = await ListedAsync(DemoAccounts.KenkoFukushi, surveyId);
        Assert.Contains(cityOpen.Title, department);
        Assert.Contains(departmentSecret.Title, department); // its own
        Assert.DoesNotContain(citySecret.Title, department);
        Assert.Contains(citySecret.Title, await ListedAsync(DemoAccounts.MurayamaSupport, surveyId)); // 山形市's office
        Assert.DoesNotContain(departmentSecret.Title, await ListedAsync(DemoAccounts.MurayamaSupport, surveyId));

        // The summary counts what the reader could open.
        var summary = await database.Get<SurveySummaryService>().GetAsync(await database.ActorAsync(DemoAccounts.KenkoFukushi), surveyId);
        Assert.Equal(department.Count, new[] { summary.Municipal, summary.Departments }.SelectMany(g => g.Sections).Sum(s => s.Count));

        // A 連携支援室 reading a department's whole response after the close does not see its 部外秘 need.
        var shonai = await database.ActorAsync(DemoAccounts.ShonaiSupport);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var row = (await database.Get<SurveyProgressService>().GetAsync(secretariat, surveyId)).Rows
            .Single(r => r.OrganisationName == "健康福祉部 健康福祉企画課");
        Assert.Empty((await Responses.GetAsync(shonai, surveyId, row.ResponseId!.Value)).Items);
        Assert.Single((await Responses.GetAsync(secretariat, surveyId, row.ResponseId!.Value)).Items);
        Assert.Empty((await database.Get<SearchService>().SearchAsync(shonai, new SearchQuery("医師確保の内々", Kind: SearchKind.Need))).Groups);
        Assert.Single((await database.Get<SearchService>().SearchAsync(secretariat, new SearchQuery("医師確保の内々", Kind: SearchKind.Need))).Groups);
    }

    [Fact]
    public async Task An_update_without_a_visibility_keeps_it_and_an_unknown_one_is_refused()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2061);
        var city = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var category = await SurveyScenario.CategoryAsync(database, city, surveyId, "若者");
        var secret = await Responses.AddItemAsync(city, surveyId, SurveyScenario.Item(category) with { Visibility = Visibility.Confidential });
        var edited = await Responses.UpdateItemAsync(city, surveyId, secret.Id, SurveyScenario.Item(category, "題名だけ変更"), secret.Version);
        Assert.Equal(Visibility.Confidential, edited.Visibility);
        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Responses.UpdateItemAsync(city, surveyId, secret.Id, SurveyScenario.Item(category) with { Visibility = (Visibility)9 }, edited.Version));
        Assert.Contains("公開範囲", refused.Errors["Visibility"][0]);
        var opened = await Responses.UpdateItemAsync(city, surveyId, secret.Id, SurveyScenario.Item(category) with { Visibility = Visibility.Public }, edited.Version);
        Assert.Equal(Visibility.Public, opened.Visibility);
    }

    [Fact]
    public async Task On_a_theme_page_a_municipality_reads_its_own_needs_and_the_public_ones_and_departments_no_confidential_ones()
    {
        var (_, citySecret, cityOpen, _) = await ClosedSurveyAsync(2062);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var tsuruoka = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var themes = database.Get<ThemeService>();
        // 鶴岡市 answered a later survey with a 公開 need; the theme holds all three of 山形市's and 鶴岡市's.
        var later = await SurveyScenario.OpenAsync(database, 2063);
        var shared = await Responses.AddItemAsync(tsuruoka, later, SurveyScenario.Item(await SurveyScenario.CategoryAsync(database, tsuruoka, later, "若者"), "空き家情報の共有") with { Visibility = Visibility.Public });
        await Responses.SubmitAsync(tsuruoka, later);
        var themeId = await themes.CreateFromNeedsAsync(secretariat, new NewThemeInput("移住と空き家の連携", null, [citySecret.Id, cityOpen.Id, shared.Id]));

        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        Assert.Equal(new[] { citySecret.Title, cityOpen.Title, shared.Title }.Order(), (await themes.GetAsync(city, themeId)).Needs.Select(n => n.Title).Order());
        Assert.Equal([shared.Title], (await themes.GetAsync(tsuruoka, themeId)).Needs.Select(n => n.Title).ToArray());
        var forDepartment = (await themes.GetAsync(await database.ActorAsync(DemoAccounts.KenkoFukushi), themeId)).Needs.Select(n => n.Title).ToList();
        Assert.Equal(2, forDepartment.Count);
        Assert.DoesNotContain(citySecret.Title, forDepartment);
        Assert.Equal(3, (await themes.GetAsync(secretariat, themeId)).Needs.Count);
    }
}
