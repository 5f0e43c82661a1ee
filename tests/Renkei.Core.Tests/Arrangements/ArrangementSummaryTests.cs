using Microsoft.EntityFrameworkCore;
using Renkei.Core.Arrangements;
using Renkei.Testing;

namespace Renkei.Core.Tests.Arrangements;

/// <summary>The registry by region and by kind of work, on a database of its own (other tests add arrangements).</summary>
public class ArrangementSummaryTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private ArrangementService Arrangements => database.Get<ArrangementService>();

    [Fact]
    public async Task By_region_and_by_kind_of_work_as_of_a_day()
    {
        var day = new DateOnly(2017, 4, 1);
        var summary = await Arrangements.SummaryAsync(await database.ActorAsync(DemoAccounts.YamagataCity), day);
        Assert.Equal(
            [("村山", 14, 5, 1), ("最上", 8, 8, 1), ("置賜", 8, 0, 0), ("庄内", 5, 5, 2)], // 置賜 still in preparation; 三川町 and 庄内町 count once
            summary.ByRegion.Select(r => (r.Region, r.Municipalities, r.Participating, r.Arrangements))); // in the order of the 総合支庁

        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await using var db = database.CreateDbContext();
        var ids = await db.Municipalities.Where(m => m.Name == "山形市" || m.Name == "寒河江市").Select(m => m.Id).ToListAsync();
        var council = await Arrangements.CreateAsync(secretariat, new ArrangementInput(ArrangementType.JointCouncil, "集計確認の協議会", ["消防", "ごみ処理"], new DateOnly(2010, 4, 1), null, null));
        foreach (var id in ids)
        {
            await Arrangements.AddMemberAsync(secretariat, council, new MemberInput(id, false, null, MemberRole.Member, new DateOnly(2010, 4, 1)));
        }
        var after = await Arrangements.SummaryAsync(secretariat, day);
        var kinds = after.ByKind.Where(k => k.Kind is "ごみ処理" or "消防").Select(k => (k.Kind, k.Arrangements, k.MemberMunicipalities)).ToList();
        Assert.Equal([("ごみ処理", 1, 2), ("消防", 1, 2)], kinds); // the catalogue's order
        Assert.Equal((6, 2), after.ByRegion.Where(r => r.Region == "村山").Select(r => (r.Participating, r.Arrangements)).Single()); // 寒河江市 joins; 山形市 counts once
        Assert.Equal((0, 0), (await Arrangements.SummaryAsync(secretariat, new DateOnly(2009, 4, 1))).ByRegion.Where(r => r.Region == "村山").Select(r => (r.Participating, r.Arrangements)).Single());
    }
}
