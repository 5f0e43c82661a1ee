using Renkei.Core.Organisations;
using Renkei.Testing;

namespace Renkei.Core.Tests.Organisations;

public class ProjectionFlagTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task A_projection_entered_for_2040_shows_the_policys_bands_on_the_list_and_the_profile()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var directory = database.Get<OrganisationDirectory>();
        Assert.All(await directory.ListMunicipalitiesAsync(secretariat), m => Assert.Null(m.Projection)); // none entered: no flag at all

        // Figures typed in for the test (the reference data holds no projections).
        var statistics = database.Get<MunicipalityStatisticsService>();
        await statistics.SaveAsync(secretariat, "063657", new StatisticInput(2040, 2_900, 51.2m, null, null, null, null, IsProjection: true), null); // 大蔵村
        await statistics.SaveAsync(secretariat, "063223", new StatisticInput(2040, 6_400, 42.0m, null, null, null, null, IsProjection: true), null); // 西川町

        var list = await directory.ListMunicipalitiesAsync(secretariat);
        var okura = list.Single(m => m.Code == "063657").Projection!;
        Assert.Equal((2040, true, false, true, false), (okura.Year, okura.IsUnder5000, okura.IsFrom5000To10000, okura.IsElderly45OrMore, okura.IsElderly40To45));
        var nishikawa = list.Single(m => m.Code == "063223").Projection!;
        Assert.Equal((false, true, false, true), (nishikawa.IsUnder5000, nishikawa.IsFrom5000To10000, nishikawa.IsElderly45OrMore, nishikawa.IsElderly40To45));
        Assert.Equal(2020, list.Single(m => m.Code == "063657").LatestPopulationYear); // the census stays the latest figure

        var profile = await directory.GetMunicipalityAsync(secretariat, "063657");
        Assert.True(profile.IsUnder5000);
        Assert.Equal(2040, profile.Projection!.Year);
    }
}
