using Renkei.Core.Cases;
using Renkei.Core.Common;
using Renkei.Testing;

namespace Renkei.Core.Tests.Cases;

public class AdoptionTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private AdoptionService Adoptions => database.Get<AdoptionService>();

    [Fact]
    public async Task An_adopter_is_recorded_once_moves_through_its_stages_and_gives_a_reason_to_give_up()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var kaminoyama = await database.ActorAsync(DemoAccounts.KaminoyamaCity);
        var tsuruoka = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var id = await database.ApprovedCaseAsync(city, CaseFixtures.Input("図書館の相互貸借", [city.OrganisationId]), Visibility.Internal);

        await Assert.ThrowsAsync<ForbiddenException>(() => Adoptions.RecordAsync(tsuruoka, id,
            new AdoptionInput(kaminoyama.OrganisationId, new DateOnly(2019, 4, 1), AdoptionStage.Considering, null, null))); // not its own
        await Assert.ThrowsAsync<ValidationException>(() => Adoptions.RecordAsync(city, id,
            new AdoptionInput(city.OrganisationId, new DateOnly(2019, 4, 1), AdoptionStage.Considering, null, null))); // did it already
        var adoption = await Adoptions.RecordAsync(kaminoyama, id, new AdoptionInput(kaminoyama.OrganisationId, new DateOnly(2019, 4, 1), AdoptionStage.Considering, null, "貸出冊数の上限を変更"));
        await Assert.ThrowsAsync<ConflictException>(() => Adoptions.RecordAsync(kaminoyama, id,
            new AdoptionInput(kaminoyama.OrganisationId, new DateOnly(2019, 5, 1), AdoptionStage.Implementing, null, null)));

        var version = await database.VersionAsync<Adoption>(adoption);
        var noReason = await Assert.ThrowsAsync<ValidationException>(() => Adoptions.UpdateAsync(kaminoyama, adoption,
            new AdoptionInput(kaminoyama.OrganisationId, new DateOnly(2019, 9, 1), AdoptionStage.Abandoned, " ", null), version));
        Assert.Contains("Reason", noReason.Errors.Keys);
        await Adoptions.UpdateAsync(kaminoyama, adoption, new AdoptionInput(kaminoyama.OrganisationId, new DateOnly(2019, 9, 1), AdoptionStage.Implementing, null, "貸出冊数の上限を変更"), version);
        await Assert.ThrowsAsync<ConflictException>(() => Adoptions.UpdateAsync(kaminoyama, adoption,
            new AdoptionInput(kaminoyama.OrganisationId, new DateOnly(2019, 9, 1), AdoptionStage.Considering, null, null), version));

        var detail = await database.Get<CaseService>().GetAsync(city, id);
        var shown = Assert.Single(detail.Adoptions);
        Assert.Equal(("上山市", AdoptionStage.Implementing, "貸出冊数の上限を変更", false), (shown.Organisation, shown.Stage, shown.Changes, shown.CanEdit));
        Assert.True((await database.Get<CaseService>().GetAsync(kaminoyama, id)).Adoptions.Single().CanEdit);
        Assert.DoesNotContain((await database.Get<CaseService>().GetAsync(await database.ActorAsync(DemoAccounts.MurayamaSupport), id)).MayAdoptFor,
            o => o.Name is "上山市" or "山形市"); // reached already: not offered again
    }

    [Fact]
    public async Task A_case_not_yet_approved_takes_no_adoption()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var kaminoyama = await database.ActorAsync(DemoAccounts.KaminoyamaCity);
        var id = await database.Get<CaseService>().CreateAsync(city, CaseFixtures.Input("下書きの事例", [city.OrganisationId]));
        await Assert.ThrowsAsync<NotFoundException>(() => Adoptions.RecordAsync(kaminoyama, id,
            new AdoptionInput(kaminoyama.OrganisationId, new DateOnly(2019, 4, 1), AdoptionStage.Considering, null, null)));
    }

    [Fact]
    public async Task Not_yet_reached_lists_the_municipalities_most_like_those_reached_first()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var murayama = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var field = Core.Surveys.StandardCatalogue.Entries[0].Label; // 若者の定着・回帰関係: many municipalities raised it in the demo survey
        var id = await database.ApprovedCaseAsync(city, CaseFixtures.Input("若者定着の共同プロモーション", [city.OrganisationId], fields: [field]), Visibility.Internal);

        await Assert.ThrowsAsync<ForbiddenException>(() => Adoptions.NotYetReachedAsync(city, id));
        var candidates = await Adoptions.NotYetReachedAsync(murayama, id, take: 100);
        Assert.DoesNotContain(candidates, c => c.Name == "山形市");
        Assert.All(candidates, c => Assert.NotEmpty(c.Reasons));
        Assert.Equal(candidates.OrderByDescending(c => c.Reasons.Count).Select(c => c.Reasons.Count), candidates.Select(c => c.Reasons.Count));
        var top = candidates[0];
        Assert.Equal("村山", top.Region); // same region as 山形市
        Assert.Contains(candidates, c => c.Reasons.Any(r => r.StartsWith("同じ分野のニーズを回答", StringComparison.Ordinal)));

        var kaminoyama = await database.ActorAsync(DemoAccounts.KaminoyamaCity);
        await Adoptions.RecordAsync(murayama, id, new AdoptionInput(kaminoyama.OrganisationId, new DateOnly(2019, 4, 1), AdoptionStage.Considering, null, null));
        Assert.DoesNotContain(await Adoptions.NotYetReachedAsync(murayama, id, take: 100), c => c.Name == "上山市");
    }
}
