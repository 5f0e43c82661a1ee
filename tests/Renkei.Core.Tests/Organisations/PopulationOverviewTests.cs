using Renkei.Core.Organisations;
using Renkei.Testing;

namespace Renkei.Core.Tests.Organisations;

public class PopulationOverviewTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task The_seeded_census_gives_the_seeds_2015_figures_and_the_change_to_2020()
    {
        var overview = await database.Get<PopulationOverviewService>().GetAsync(await database.ActorAsync(DemoAccounts.YamagataCity));
        var y2015 = overview.Single(y => y.Year == 2015);
        Assert.Equal((1_123_891, 897_041, 226_850), (y2015.Prefecture, y2015.Cities, y2015.TownsAndVillages)); // the 補足資料's figures
        Assert.Equal(["大蔵村", "戸沢村", "鮭川村"], y2015.Under5000Names.Order(StringComparer.Ordinal));
        Assert.Equal(3, y2015.Under5000);
        Assert.Null(y2015.PrefectureChange); // no earlier year for every municipality

        var y2020 = overview.Single(y => y.Year == 2020);
        Assert.Equal(1_068_027, y2020.Prefecture);
        Assert.Equal(1_068_027 - 1_123_891, y2020.PrefectureChange);
        Assert.Equal(-5.0m, y2020.PrefectureRate);
    }
}
