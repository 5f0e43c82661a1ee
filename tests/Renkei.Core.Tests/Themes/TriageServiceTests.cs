using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;
using Renkei.Core.Themes;
using Renkei.Testing;

namespace Renkei.Core.Tests.Themes;

public class TriageServiceTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private TriageService Triage => database.Get<TriageService>();

    private async Task<IReadOnlyList<string>> JurisdictionAsync(string officeEmail)
    {
        var office = await database.ActorAsync(officeEmail);
        await using var db = database.CreateDbContext();
        return await db.Municipalities.Where(m => m.SupportOfficeId == office.OrganisationId).Select(m => m.Name).ToListAsync();
    }

    [Fact]
    public async Task Each_support_office_triages_the_needs_of_its_own_municipalities()
    {
        var murayama = await Triage.ListAsync(await database.ActorAsync(DemoAccounts.MurayamaSupport));
        var shonai = await Triage.ListAsync(await database.ActorAsync(DemoAccounts.ShonaiSupport));
        var all = await Triage.ListAsync(await database.ActorAsync(DemoAccounts.Secretariat));

        Assert.NotEmpty(murayama);
        var murayamaNames = await JurisdictionAsync(DemoAccounts.MurayamaSupport);
        Assert.All(murayama, r => Assert.Contains(r.OrganisationName, murayamaNames));
        var shonaiNames = await JurisdictionAsync(DemoAccounts.ShonaiSupport);
        Assert.All(shonai, r => Assert.Contains(r.OrganisationName, shonaiNames));
        Assert.Empty(murayama.Select(r => r.ItemId).Intersect(shonai.Select(r => r.ItemId)));
        Assert.Contains(murayama, r => r.State == TriageState.Unreviewed);
        Assert.Contains(murayama, r => r.State == TriageState.Themed && r.ThemeTitle == "若者移住"); // demo data
        Assert.Equal(173 + 40, all.Count); // the secretariat sees every submitted need, departments' too

        await Assert.ThrowsAsync<ForbiddenException>(async () => await Triage.ListAsync(await database.ActorAsync(DemoAccounts.KenkoFukushi)));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Triage.ListAsync(await database.ActorAsync(DemoAccounts.YamagataCity)));
    }

    [Fact]
    public async Task Search_finds_japanese_words_inside_longer_words()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2100);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var responses = database.Get<SurveyResponseService>();
        var category = await SurveyScenario.CategoryAsync(database, city, surveyId, "若者");
        await responses.AddItemAsync(city, surveyId, SurveyScenario.Item(category, "空き家対策の推進") with { Content = "移住者向けの住まい" });
        await responses.AddItemAsync(city, surveyId, SurveyScenario.Item(category, "移住相談会の共同開催") with { Content = "相談会で空き家情報も紹介したい" });
        await responses.SubmitAsync(city, surveyId);

        var office = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var found = await Triage.ListAsync(office, new TriageFilter(SurveyId: surveyId, Query: "空き家"));
        Assert.Equal(["空き家対策の推進", "移住相談会の共同開催"], found.Select(r => r.Title).OrderByDescending(t => t, StringComparer.Ordinal));
        Assert.Empty(await Triage.ListAsync(office, new TriageFilter(SurveyId: surveyId, Query: "100%")));
        Assert.Single(await Triage.ListAsync(office, new TriageFilter(SurveyId: surveyId, Query: "対策", Urgency: Urgency.High)));
    }

    [Fact]
    public async Task States_need_their_note_and_themed_comes_from_a_theme()
    {
        var office = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var item = (await Triage.ListAsync(office)).First();

        var noNote = await Assert.ThrowsAsync<ValidationException>(() => Triage.SetStateAsync(office, item.ItemId, TriageState.HandledLocally, " ", null));
        Assert.Contains("地域での対応内容を入力してください", noNote.Message);
        await Assert.ThrowsAsync<ValidationException>(() => Triage.SetStateAsync(office, item.ItemId, TriageState.Deferred, null, null));
        await Assert.ThrowsAsync<ValidationException>(() => Triage.SetStateAsync(office, item.ItemId, TriageState.Themed, "直接", null));

        await Triage.SetStateAsync(office, item.ItemId, TriageState.Reviewing, "関係課に照会中", item.TriageVersion);
        await Assert.ThrowsAsync<ConflictException>(() => Triage.SetStateAsync(office, item.ItemId, TriageState.Deferred, "見送り", item.TriageVersion)); // shown untriaged, triaged since
        var reviewing = (await Triage.ListAsync(office)).Single(r => r.ItemId == item.ItemId);
        await Triage.SetStateAsync(office, item.ItemId, TriageState.HandledLocally, "支庁の補助事業で対応", reviewing.TriageVersion);
        var row = (await Triage.ListAsync(office, new TriageFilter(State: TriageState.HandledLocally))).Single(r => r.ItemId == item.ItemId);
        Assert.Equal("支庁の補助事業で対応", row.Note);
        Assert.DoesNotContain(await Triage.ListAsync(office, new TriageFilter(State: TriageState.Unreviewed)), r => r.ItemId == item.ItemId);

        await Assert.ThrowsAsync<ConflictException>(() => Triage.SetStateAsync(office, item.ItemId, TriageState.Reviewing, null, version: 1));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Triage.SetStateAsync(await database.ActorAsync(DemoAccounts.ShonaiSupport), item.ItemId, TriageState.Reviewing, null, null));
        await Assert.ThrowsAsync<NotFoundException>(() => Triage.SetStateAsync(office, 999_999, TriageState.Reviewing, null, null));
    }

    [Fact]
    public void Needs_on_one_topic_from_several_municipalities_are_grouped()
    {
        var groups = NeedSimilarity.Group(
        [
            new(1, CategoryId: 10, OrganisationId: 100, "空き家バンクの広域化"),
            new(2, CategoryId: 10, OrganisationId: 101, "空き家バンクの広域運用"),
            new(3, CategoryId: 10, OrganisationId: 102, "子どもの貧困対策"),
            new(4, CategoryId: 11, OrganisationId: 103, "空き家バンクの広域化"), // another category
            new(5, CategoryId: 10, OrganisationId: 100, "空き家バンクの広域活用"), // same municipality as 1, but similar to 2
        ]);
        Assert.Equal(groups[1], groups[2]);
        Assert.Equal(groups[2], groups[5]);
        Assert.NotEqual(groups[1], groups[3]);
        Assert.NotEqual(groups[1], groups[4]);
    }
}
