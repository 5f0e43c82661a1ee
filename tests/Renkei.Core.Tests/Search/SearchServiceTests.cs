using Renkei.Core.Cases;
using Renkei.Core.Common;
using Renkei.Core.Council;
using Renkei.Core.Regions;
using Renkei.Core.Search;
using Renkei.Core.Surveys;
using Renkei.Core.Tests.Cases;
using Renkei.Testing;

namespace Renkei.Core.Tests.Search;

/// <summary>One search over everything: grouped hits with their passage, and never a record the caller could not open.</summary>
public class SearchServiceTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private SearchService Search => database.Get<SearchService>();

    private async Task<SearchResult> AsAsync(string account, string words, int? year = null, int? region = null, SearchKind? kind = null) =>
        await Search.SearchAsync(await database.ActorAsync(account), new SearchQuery(words, year, region, kind));

    private static IReadOnlyList<SearchHit> Hits(SearchResult result, SearchKind kind) =>
        result.Groups.SingleOrDefault(g => g.Kind == kind)?.Hits ?? [];

    [Fact]
    public async Task A_need_is_found_by_its_municipality_as_a_draft_and_after_submitting_by_its_support_office_and_the_secretariat_only()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2060);
        var tsuruoka = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var category = await SurveyScenario.CategoryAsync(database, tsuruoka, surveyId, "若者");
        var responses = database.Get<SurveyResponseService>();
        await responses.AddItemAsync(tsuruoka, surveyId, SurveyScenario.Item(category, "雪灯籠まつりの広域連携") with { Content = "庄内の町と雪灯籠の運営を共同で行う。" });

        var mine = Assert.Single(Hits(await AsAsync(DemoAccounts.TsuruokaCity, "雪灯籠"), SearchKind.Need));
        Assert.Equal(("雪灯籠まつりの広域連携", PortalLinks.SurveyAnswer(surveyId), 2060), (mine.Title, mine.Href, mine.FiscalYear));
        Assert.StartsWith("鶴岡市・", mine.Context);
        foreach (var other in new[] { DemoAccounts.ShonaiSupport, DemoAccounts.Secretariat, DemoAccounts.YamagataCity, DemoAccounts.KenkoFukushi })
        {
            Assert.Empty(Hits(await AsAsync(other, "雪灯籠"), SearchKind.Need)); // a draft is its organisation's alone
        }

        await responses.SubmitAsync(tsuruoka, surveyId);
        var responseId = (await responses.GetMineAsync(tsuruoka, surveyId)).Id;
        foreach (var reader in new[] { DemoAccounts.ShonaiSupport, DemoAccounts.Secretariat })
        {
            var hit = Assert.Single(Hits(await AsAsync(reader, "雪灯籠"), SearchKind.Need));
            Assert.Equal(PortalLinks.SurveyResponse(surveyId, responseId), hit.Href);
        }
        foreach (var other in new[] { DemoAccounts.MurayamaSupport, DemoAccounts.YamagataCity, DemoAccounts.KenkoFukushi, DemoAccounts.HokkaidoSecretariat })
        {
            Assert.Empty(Hits(await AsAsync(other, "雪灯籠"), SearchKind.Need));
        }
        var shonai = await database.ActorAsync(DemoAccounts.ShonaiSupport);
        Assert.Single(Hits(await AsAsync(DemoAccounts.Secretariat, "雪灯籠", region: shonai.OrganisationId), SearchKind.Need));
        var murayama = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        Assert.Empty(Hits(await AsAsync(DemoAccounts.Secretariat, "雪灯籠", region: murayama.OrganisationId), SearchKind.Need));
        Assert.Empty(Hits(await AsAsync(DemoAccounts.Secretariat, "雪灯籠", year: 2059), SearchKind.Need));
    }

    [Fact]
    public async Task Contact_records_are_found_by_their_office_and_the_secretariat_with_the_passage_where_the_words_occur()
    {
        var murayama = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var yamagata = await database.YamagataMunicipalityAsync("山形市");
        var id = await database.Get<ContactLogService>().CreateAsync(murayama, new ContactLogInput(new DateOnly(2061, 5, 12), ContactKind.Visit, [yamagata], "企画調整課長",
            "地域公共交通について意見交換\n次回は6月", "デマンド交通の共同運行を検討したいとの声。紅花号の利用者が減っている。", null));

        var hit = Assert.Single(Hits(await AsAsync(DemoAccounts.MurayamaSupport, "紅花号"), SearchKind.Contact));
        Assert.Equal(("地域公共交通について意見交換", PortalLinks.Contact(id), 2061), (hit.Title, hit.Href, hit.FiscalYear));
        Assert.Contains("紅花号の利用者", hit.Excerpt);
        Assert.Single(Hits(await AsAsync(DemoAccounts.Secretariat, "紅花号"), SearchKind.Contact));
        foreach (var other in new[] { DemoAccounts.ShonaiSupport, DemoAccounts.YamagataCity, DemoAccounts.KenkoFukushi, DemoAccounts.Admin })
        {
            Assert.Empty((await AsAsync(other, "紅花号")).Groups);
        }
    }

    [Fact]
    public async Task A_confidential_case_is_found_only_by_those_involved_and_a_draft_only_by_its_author()
    {
        var tsuruoka = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var tsuruokaId = tsuruoka.OrganisationId;
        var confidential = await database.ApprovedCaseAsync(tsuruoka, CaseFixtures.Input("月山筍の共同出荷", [tsuruokaId]), Visibility.Confidential);
        await database.Get<CaseService>().CreateAsync(tsuruoka, CaseFixtures.Input("月山筍の販路（下書き）", [tsuruokaId]));

        Assert.Equal(2, Hits(await AsAsync(DemoAccounts.TsuruokaCity, "月山筍"), SearchKind.Case).Count);
        Assert.Equal(PortalLinks.Case(confidential), Assert.Single(Hits(await AsAsync(DemoAccounts.Secretariat, "月山筍"), SearchKind.Case), h => h.Id == confidential).Href);
        Assert.Empty(Hits(await AsAsync(DemoAccounts.YamagataCity, "月山筍"), SearchKind.Case));
        Assert.Empty(Hits(await AsAsync(DemoAccounts.ShonaiSupport, "月山筍"), SearchKind.Case));
    }

    [Fact]
    public async Task The_demo_indicators_and_meetings_are_found_and_a_region_filter_leaves_out_the_kinds_without_a_region()
    {
        var all = await AsAsync(DemoAccounts.YamagataCity, "ボランティア");
        Assert.Contains(Hits(all, SearchKind.Indicator), h => h.Title == "除雪及び雪下ろしボランティアの登録数" && h.Href.StartsWith("/indicators/", StringComparison.Ordinal));
        Assert.Empty(all.NotFiltered);

        var murayama = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var narrowed = await AsAsync(DemoAccounts.YamagataCity, "ボランティア", region: murayama.OrganisationId);
        Assert.Equal([SearchKind.Meeting, SearchKind.Material, SearchKind.Indicator], narrowed.NotFiltered);
        Assert.Empty(Hits(narrowed, SearchKind.Indicator));
        var yearOnly = await AsAsync(DemoAccounts.YamagataCity, "ボランティア", year: 2017, kind: SearchKind.Indicator);
        Assert.Equal([SearchKind.Indicator], yearOnly.NotFiltered);
        Assert.Empty(yearOnly.Groups);
    }

    [Fact]
    public async Task Meetings_are_found_by_their_agenda_and_minutes_and_a_material_only_by_those_its_download_lets_in()
    {
        const int year = 2062;
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await database.Get<AnnualCycleService>().GenerateAsync(secretariat, year);
        var meetings = database.Get<MeetingService>();
        var meeting = (await meetings.ListAsync(secretariat, year)).Single(m => m.BodyKind == BodyKind.SteeringCommittee && m.Number == 1);
        await meetings.UpdateAsync(secretariat, meeting.Id, new MeetingInput(meeting.Title, new DateTimeOffset(year, 6, 10, 14, 0, 0, TimeSpan.FromHours(9)), "県庁講堂", false, null), meeting.Version);
        var department = await database.ActorAsync(DemoAccounts.KenkoFukushi);
        var agenda = database.Get<AgendaService>();
        var item = await agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Report, "蔵王の樹氷観光について", department.OrganisationId, null));
        var materials = database.Get<MaterialService>();
        SurveyScenario.SetJapanTime(database.Clock, new DateTime(year, 6, 1, 9, 0, 0));
        var pdf = SampleFiles.Pdf("juhyo");
        var material = await materials.UploadAsync(department, meeting.Id, item, "樹氷観光の広域周遊.pdf", new MemoryStream(pdf), pdf.Length);

        var found = Assert.Single(Hits(await AsAsync(DemoAccounts.YamagataCity, "樹氷観光"), SearchKind.Meeting));
        Assert.Equal((meeting.Id, PortalLinks.Meeting(meeting.Id), year), (found.Id, found.Href, found.FiscalYear));
        Assert.Contains("蔵王の樹氷観光について", found.Excerpt);
        var listedBy = new List<bool>();
        foreach (var account in new[] { DemoAccounts.Secretariat, DemoAccounts.KenkoFukushi, DemoAccounts.YamagataCity, DemoAccounts.MurayamaSupport, DemoAccounts.TsuruokaCity, DemoAccounts.Admin })
        {
            var actor = await database.ActorAsync(account);
            var hit = Hits(await AsAsync(account, "樹氷観光"), SearchKind.Material).SingleOrDefault();
            var opens = await OpensAsync(async () =>
            {
                var (_, _, content) = await materials.OpenAsync(actor, meeting.Id, material);
                await content.DisposeAsync();
            });
            Assert.True(opens == (hit is not null), $"{account}: listed {hit is not null}, opens {opens}");
            Assert.True(hit is null || hit.Href == PortalLinks.MeetingMaterials(meeting.Id));
            listedBy.Add(opens);
        }
        Assert.Equal([true, false], listedBy.Distinct().Order().Reverse()); // some may, some may not
        Assert.NotNull(Hits(await AsAsync(DemoAccounts.KenkoFukushi, "樹氷観光"), SearchKind.Material).SingleOrDefault()); // the presenter
    }

    private static async Task<bool> OpensAsync(Func<Task> open)
    {
        try
        {
            await open();
            return true;
        }
        catch (ForbiddenException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Words_are_taken_literally_and_a_query_out_of_bounds_is_refused_on_its_field()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        Assert.Empty((await Search.SearchAsync(secretariat, new SearchQuery("%_%"))).Groups); // no wildcard: nothing holds "%_%"
        var refusals = new (SearchQuery Query, string Field)[]
        {
            (new SearchQuery(" 雪 "), "Text"),
            (new SearchQuery(new string('雪', SearchService.MaxLength + 1)), "Text"),
            (new SearchQuery("雪灯籠", FiscalYear: 1900), "FiscalYear"),
            (new SearchQuery("雪灯籠", RegionId: int.MaxValue), "RegionId"),
            (new SearchQuery("雪灯籠", RegionId: (await database.ActorAsync(DemoAccounts.TsuruokaCity)).OrganisationId), "RegionId"), // a municipality is no region
        };
        foreach (var (query, field) in refusals)
        {
            var refused = await Assert.ThrowsAsync<ValidationException>(() => Search.SearchAsync(secretariat, query));
            Assert.Equal([field], refused.Errors.Keys);
        }
        Assert.Equal(["村山総合支庁 総務企画部総務課連携支援室"], (await Search.RegionsAsync(await database.ActorAsync(DemoAccounts.MurayamaSupport))).Select(r => r.Name).Take(1));
        Assert.Empty(await Search.RegionsAsync(await database.ActorAsync(DemoAccounts.HokkaidoSecretariat)));
    }
}
