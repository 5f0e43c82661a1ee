using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;
using Renkei.Core.Dashboard;
using Renkei.Core.Regions;
using Renkei.Core.Surveys;
using Renkei.Testing;

namespace Renkei.Core.Tests.Regions;

/// <summary>聞き取り: an issue heard on a visit becomes a need in the municipality's answer, confirmed by it before submitting.</summary>
public class HeardNeedTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private HeardNeedService Heard => database.Get<HeardNeedService>();
    private SurveyResponseService Responses => database.Get<SurveyResponseService>();

    private Task<int> MunicipalityAsync(string name) => database.YamagataMunicipalityAsync(name);

    private async Task<int> VisitAsync(Core.Accounts.Actor office, DateOnly on, params int[] municipalities) =>
        await database.Get<ContactLogService>().CreateAsync(office, new ContactLogInput(on, ContactKind.Visit, municipalities, null,
            "空き家対策について意見交換", "近隣町との空き家情報の共有に課題", null));

    [Fact]
    public async Task A_heard_need_waits_for_the_municipality_which_confirms_it_before_submitting()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2050);
        var murayama = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var yamagata = await MunicipalityAsync("山形市");
        var contact = await VisitAsync(murayama, new DateOnly(2050, 6, 5), yamagata);
        var category = await SurveyScenario.CategoryAsync(database, murayama, surveyId, "若者");

        Assert.Contains(await Heard.SurveysAsync(murayama), s => s.Id == surveyId && s.Categories.Any(c => c.Id == category));
        var added = await Heard.AddAsync(murayama, contact, new HeardNeedInput(surveyId, yamagata, category, "空き家情報の広域共有", Urgency.High, "近隣町と物件情報を共有したい", null));
        Assert.Equal("村山総合支庁 総務企画部総務課連携支援室", added.HeardBy);
        Assert.True(added.AwaitsConfirmation);
        var listed = Assert.Single((await database.Get<ContactLogService>().GetAsync(murayama, contact)).HeardNeeds);
        Assert.Equal(("山形市", 2050, false, false), (listed.Municipality, listed.FiscalYear, listed.Confirmed, listed.Submitted));

        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var mine = await Responses.GetMineAsync(city, surveyId);
        var item = Assert.Single(mine.Items);
        Assert.True(item.AwaitsConfirmation);
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Responses.SubmitAsync(city, surveyId));
        Assert.Contains("聞き取りで登録したニーズが1件、まだ確認されていません", refused.Errors["Items"][0]);

        await Assert.ThrowsAsync<ConflictException>(() => Responses.ConfirmItemAsync(city, surveyId, item.Id, item.Version + 1)); // stale
        var confirmed = await Responses.ConfirmItemAsync(city, surveyId, item.Id, item.Version);
        Assert.False(confirmed.AwaitsConfirmation);
        Assert.Equal("村山総合支庁 総務企画部総務課連携支援室", confirmed.HeardBy); // still marked 聞き取り for the secretariat
        await Assert.ThrowsAsync<ConflictException>(() => Responses.ConfirmItemAsync(city, surveyId, item.Id, confirmed.Version));
        await Responses.SubmitAsync(city, surveyId);
        Assert.True(Assert.Single((await database.Get<ContactLogService>().GetAsync(murayama, contact)).HeardNeeds).Submitted);

        var late = await Assert.ThrowsAsync<ConflictException>(() => Heard.AddAsync(murayama, contact,
            new HeardNeedInput(surveyId, yamagata, category, "もう一件", Urgency.Low, null, null)));
        Assert.Contains("山形市はこの調査の回答を提出済み", late.Message);
    }

    [Fact]
    public async Task Only_the_municipalities_met_and_surveys_not_yet_closed_take_a_heard_need_and_only_keepers_enter_one()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var surveys = database.Get<NeedsSurveyService>();
        var draft = await surveys.CreateAsync(secretariat, SurveyScenario.H29Like(2052)); // 準備中: the next survey
        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2052, 2, 10, 10, 0, 0));
        var murayama = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var (tendo, kaminoyama) = (await MunicipalityAsync("天童市"), await MunicipalityAsync("上山市"));
        var contact = await VisitAsync(murayama, new DateOnly(2052, 2, 3), kaminoyama);
        var category = await SurveyScenario.CategoryAsync(database, murayama, draft, "若者");

        var notMet = await Assert.ThrowsAsync<ValidationException>(() => Heard.AddAsync(murayama, contact, new HeardNeedInput(draft, tendo, category, "x", Urgency.Low, null, null)));
        Assert.Equal("市町村は、この記録で会った市町村から選んでください。", Assert.Single(notMet.Errors["MunicipalityId"]));
        var noSurvey = await Assert.ThrowsAsync<ValidationException>(() => Heard.AddAsync(murayama, contact, new HeardNeedInput(null, kaminoyama, category, "x", Urgency.Low, null, null)));
        Assert.True(noSurvey.Errors.ContainsKey("SurveyId"));
        var blank = await Assert.ThrowsAsync<ValidationException>(() => Heard.AddAsync(murayama, contact, new HeardNeedInput(draft, kaminoyama, null, " ", null, null, null)));
        Assert.Equal(["CategoryId", "Title", "Urgency"], blank.Errors.Keys.Order());

        // Entered while the next survey is still being prepared: the municipality finds it when the survey opens.
        await Heard.AddAsync(murayama, contact, new HeardNeedInput(draft, kaminoyama, category, "除雪ボランティアの広域登録", Urgency.Medium, null, null));
        var (shonai, city) = (await database.ActorAsync(DemoAccounts.ShonaiSupport), await database.ActorAsync(DemoAccounts.YamagataCity));
        await Assert.ThrowsAsync<NotFoundException>(() => Heard.AddAsync(shonai, contact,
            new HeardNeedInput(draft, kaminoyama, category, "x", Urgency.Low, null, null)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Heard.AddAsync(city, contact,
            new HeardNeedInput(draft, kaminoyama, category, "x", Urgency.Low, null, null)));
        await surveys.OpenAsync(secretariat, draft, await database.VersionAsync<NeedsSurvey>(draft));
        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2052, 6, 10, 10, 0, 0));
        var item = Assert.Single((await Responses.GetMineAsync(await database.ActorAsync(DemoAccounts.KaminoyamaCity), draft)).Items);
        Assert.Equal(("除雪ボランティアの広域登録", true), (item.Title, item.AwaitsConfirmation));

        await surveys.CloseAsync(secretariat, draft, await database.VersionAsync<NeedsSurvey>(draft));
        Assert.DoesNotContain(await Heard.SurveysAsync(murayama), s => s.Id == draft);
        var closed = await Assert.ThrowsAsync<ValidationException>(() => Heard.AddAsync(murayama, contact, new HeardNeedInput(draft, kaminoyama, category, "x", Urgency.Low, null, null)));
        Assert.Contains("準備中か受付中", closed.Errors["SurveyId"][0]);
    }

    [Fact]
    public async Task The_dashboard_counts_each_municipalitys_visits_in_the_year_and_flags_those_not_visited()
    {
        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2053, 11, 1, 10, 0, 0));
        var murayama = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var yamanobe = await MunicipalityAsync("山辺町");
        await VisitAsync(murayama, new DateOnly(2053, 5, 12), yamanobe);
        await VisitAsync(murayama, new DateOnly(2053, 10, 3), yamanobe);
        await VisitAsync(murayama, new DateOnly(2053, 3, 30), await MunicipalityAsync("中山町")); // the fiscal year before

        var board = await database.Get<FiscalYearDashboardService>().GetAsync(murayama, 2053);
        Assert.Equal((2, new DateOnly(2053, 10, 3)), board.Municipalities.Where(m => m.Name == "山辺町").Select(m => (m.Visits, m.LastVisitOn!.Value)).Single());
        Assert.True(board.Municipalities.Single(m => m.Name == "中山町").NotVisited);
        Assert.Equal(board.Municipalities.Count(m => m.Visits == 0), board.NotVisited);
        Assert.Equal(5, board.Municipalities.Count);
        Assert.Equal(4, board.NotVisited);
    }
}
