using Renkei.Core.Cases;
using Renkei.Core.Common;
using Renkei.Testing;

namespace Renkei.Core.Tests.Cases;

/// <summary>The fields a case is filed under belong to its prefecture: 飛島 is 山形県's island, not 北海道's.</summary>
public class CaseFieldTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private const string Tobishima = "離島振興関係（飛島の振興）";

    private CaseService Cases => database.Get<CaseService>();

    [Fact]
    public async Task Each_prefecture_files_under_the_standard_fields_and_its_own_and_a_field_already_on_a_case_is_kept()
    {
        var yamagata = await database.ActorAsync(DemoAccounts.YamagataCity);
        var engaru = await database.ActorAsync(DemoAccounts.EngaruTown);
        var mine = await Cases.FieldsAsync(yamagata);
        var theirs = await Cases.FieldsAsync(engaru);
        Assert.Contains(Tobishima, mine);
        Assert.DoesNotContain(Tobishima, theirs);
        Assert.Equal(mine.Count - 1, theirs.Count);
        Assert.Equal(theirs, theirs.OrderBy(CaseFields.Position)); // one order for every prefecture

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Cases.CreateAsync(engaru, CaseFixtures.Input("離島の連携", [engaru.OrganisationId], fields: [Tobishima])));
        Assert.Contains(Tobishima, refused.Errors["Fields"][0]);
        var id = await Cases.CreateAsync(yamagata, CaseFixtures.Input("飛島の定期航路の共同運航", [yamagata.OrganisationId], fields: [Tobishima, "観光振興関係（ジオパーク、インバウンド等）"]));
        Assert.Equal([Tobishima, "観光振興関係（ジオパーク、インバウンド等）"], (await Cases.GetAsync(yamagata, id)).Fields);

        // A case filed before its prefecture's list left the field out keeps it through an edit.
        var older = await Cases.CreateAsync(engaru, CaseFixtures.Input("離島との交流", [engaru.OrganisationId], fields: ["職員交流"]));
        await using (var db = database.CreateDbContext())
        {
            (await db.Cases.FindAsync(older))!.Fields = [Tobishima, "職員交流"];
            await db.SaveChangesAsync();
        }
        await Cases.UpdateAsync(engaru, older, CaseFixtures.Input("離島との交流（改）", [engaru.OrganisationId], fields: [Tobishima, "職員交流"]), await database.VersionAsync<Case>(older));
        Assert.Equal([Tobishima, "職員交流"], (await Cases.GetAsync(engaru, older)).Fields);
    }
}
