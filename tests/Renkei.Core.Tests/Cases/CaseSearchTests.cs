using Renkei.Core.Cases;
using Renkei.Core.Common;
using Renkei.Core.Organisations;
using Renkei.Core.Themes;
using Renkei.Testing;

namespace Renkei.Core.Tests.Cases;

public class CaseSearchTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private CaseLibrary Library => database.Get<CaseLibrary>();

    [Fact]
    public async Task Search_finds_words_inside_longer_ones_and_counts_facets_over_every_match()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var tsuruoka = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var tsuruokaId = tsuruoka.OrganisationId;
        var kinds = Core.Arrangements.KindsOfWork.All;
        await database.ApprovedCaseAsync(city, CaseFixtures.Input("空き家バンクの共同運営", [city.OrganisationId], fields: [kinds[5]]), Visibility.Internal);
        await database.ApprovedCaseAsync(tsuruoka, CaseFixtures.Input("移住相談会", [tsuruokaId], summary: "空き家対策と移住の合同相談会", fields: [kinds[5], kinds[6]])
            with { Methods = [CollaborationMethod.Council] }, Visibility.Public);
        await database.ApprovedCaseAsync(city, CaseFixtures.Input("100%_達成", [city.OrganisationId]), Visibility.Internal);

        var found = await Library.SearchAsync(city, new CaseQuery("空き家"));
        Assert.Equal(2, found.Total); // in the title of one, the summary of the other
        Assert.Equal(2, found.Fields.Single(f => f.Value == kinds[5]).Count);
        Assert.Equal([("庄内", 1), ("村山", 1)], found.Regions.Select(r => (r.Value, r.Count)).OrderBy(r => r.Value, StringComparer.Ordinal));
        Assert.Equal(1, found.Methods.Single(m => m.Value == CollaborationMethod.Council).Count);
        Assert.Equal(PopulationBand.From100000, Assert.Single(found.Bands).Value); // both cities over 100,000 in the census

        var shonai = await Library.SearchAsync(city, new CaseQuery("空き家", Region: "庄内"));
        Assert.Equal("移住相談会", Assert.Single(shonai.Items).Title);
        Assert.Equal(["鶴岡市"], shonai.Items[0].Organisations);
        Assert.Equal(1, (await Library.SearchAsync(city, new CaseQuery("%_"))).Total); // wildcards are taken literally
        await Assert.ThrowsAsync<ValidationException>(() => Library.SearchAsync(city, new CaseQuery(PageSize: 1000)));
    }

    [Fact]
    public async Task Most_adopted_comes_first_when_asked_and_related_cases_follow_the_fields()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var kaminoyama = await database.ActorAsync(DemoAccounts.KaminoyamaCity);
        var field = Core.Surveys.StandardCatalogue.Entries[9].Label; // 災害対応業務関係
        var older = await database.ApprovedCaseAsync(city, CaseFixtures.Input("罹災証明の共同発行", [city.OrganisationId], fields: [field]), Visibility.Internal);
        database.Clock.SetUtcNow(DateTimeOffset.UtcNow.AddDays(1));
        var newer = await database.ApprovedCaseAsync(city, CaseFixtures.Input("職員相互派遣の協定", [city.OrganisationId], fields: [field]), Visibility.Internal);
        await database.Get<AdoptionService>().RecordAsync(kaminoyama, older,
            new AdoptionInput(kaminoyama.OrganisationId, new DateOnly(2019, 4, 1), AdoptionStage.Implementing, null, null));

        Assert.Equal([newer, older], (await Library.SearchAsync(city, new CaseQuery(Field: field))).Items.Select(c => c.Id));
        var mostAdopted = await Library.SearchAsync(city, new CaseQuery(Field: field, Sort: CaseSort.MostAdopted));
        Assert.Equal([older, newer], mostAdopted.Items.Select(c => c.Id));
        Assert.Equal(1, (await Library.SearchAsync(city, new CaseQuery(Field: field, Stage: AdoptionStage.Implementing))).Total);
        Assert.Equal([newer, older], (await Library.RelatedAsync(kaminoyama, [field])).Select(c => c.Id));
        Assert.Contains(await Library.OfOrganisationAsync(city, kaminoyama.OrganisationId), c => c.Id == older); // adopted
    }
}
