using Microsoft.EntityFrameworkCore;
using Renkei.Core.Organisations;
using Renkei.Testing;

namespace Renkei.Core.Tests.Organisations;

public class PopulationProjectionTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task A_projection_year_entered_for_every_municipality_becomes_a_column_with_the_elderly_bands()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var overview = database.Get<PopulationOverviewService>();
        Assert.All(await overview.GetAsync(secretariat), y => Assert.False(y.HasElderlyShares)); // the census as seeded has no shares

        await using var db = database.CreateDbContext();
        var municipalities = await db.Municipalities.Where(m => m.PrefectureId == secretariat.PrefectureId).OrderBy(m => m.Code).Select(m => new { m.Code, m.Kind }).ToListAsync();
        var towns = municipalities.Where(m => m.Kind != MunicipalityKind.City).Select(m => m.Code).ToList();
        var statistics = database.Get<MunicipalityStatisticsService>();
        // Figures typed in for the test: two towns under 5,000, everyone else 6,000; shares from 35% up.
        var people = municipalities.Select(m => towns.IndexOf(m.Code) is 0 or 1 ? 4_000 : 6_000).ToList();
        var shares = municipalities.Select((_, i) => 35m + i % 12).ToList();
        for (var i = 0; i < municipalities.Count; i++)
        {
            await statistics.SaveAsync(secretariat, municipalities[i].Code.Value, new StatisticInput(2040, people[i], shares[i], null, null, null, null, IsProjection: true), null);
        }

        var projected = (await overview.GetAsync(secretariat)).Single(y => y.Year == 2040);
        Assert.True(projected.IsProjection);
        Assert.Equal((2, towns.Count - 2), (projected.Under5000, projected.From5000To10000)); // the bands count 町村, as the 補足資料 does
        Assert.Equal(Math.Round(shares.Zip(people).Sum(x => x.First * x.Second) / people.Sum(), 1, MidpointRounding.AwayFromZero), projected.ElderlyShare);
        Assert.Equal(shares.Count(s => s >= 45m), projected.Elderly45OrMore);
        Assert.Equal(shares.Count(s => s is >= 40m and < 45m), projected.Elderly40To45);
        Assert.False((await overview.GetAsync(secretariat)).Single(y => y.Year == 2015).HasElderlyShares);
    }
}
