using Renkei.Core.Data.Seed;
using Renkei.Core.Grants;
using Renkei.Testing;

namespace Renkei.Core.Tests.Grants;

/// <summary>The demo program is the seed's, and only what the seed and the reference files give is entered.</summary>
public class HokkaidoDemoTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task Hokkaido_has_its_179_municipalities_and_the_program_its_11_areas_with_the_members_found_in_public_pages()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.HokkaidoSecretariat);
        Assert.Equal(179, (await database.Get<Core.Organisations.OrganisationDirectory>().ListMunicipalitiesAsync(secretariat)).Count);
        var programs = database.Get<GrantProgramService>();
        var program = await programs.GetAsync(secretariat, Assert.Single(await programs.ListAsync(secretariat)).Id);

        Assert.Equal((HokkaidoDemoSeeder.ProgramName, 2015, 2019, 2017, 5_000_000L, 3), (program.Name, program.FirstFiscalYear, program.LastFiscalYear,
            program.LastAdoptionFiscalYear, program.CapPerMember, program.MaxSupportYears));
        Assert.Equal([5, 2, 4], program.Areas.GroupBy(a => a.StartFiscalYear).OrderBy(g => g.Key).Select(g => g.Count()));
        Assert.Equal(45, program.Areas.Sum(a => a.DeclaredMemberCount));
        Assert.Equal([("北渡島檜山4町連携地域", 4), ("遠軽地区連携地域", 3), ("岩宇まちづくり連携地域", 4), ("西紋別(5市町村地域連携)", 5)],
            program.Areas.Where(a => a.RegisteredMembers > 0).Select(a => (a.Name, a.RegisteredMembers)));
        Assert.Equal(7, program.Areas.Count(a => a.MembersIncomplete));
        Assert.All(program.Areas, a => Assert.Equal([VisionField.IndustryPromotion], a.Fields));

        var report = await database.Get<EffectReportService>().BuildAsync(secretariat, program.Id);
        Assert.Equal((11, 16), (report.AreaCount, report.MunicipalityCount)); // counts what is there
        Assert.Equal([6, 3, 2], report.Relations.Select(r => r.Areas.Count));
        Assert.Contains(report.Gaps, g => g.StartsWith("構成市町村が登録されていない連携地域が7地域あります", StringComparison.Ordinal));
        Assert.Null(report.Size.AveragePopulation); // no statistics in the reference files
        Assert.Contains(report.Gaps, g => g.Contains("2015年の人口が未登録の構成市町村が16団体", StringComparison.Ordinal) && g.Contains("八雲町", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Yamagata_does_not_see_hokkaidos_program()
    {
        var yamagata = await database.ActorAsync(DemoAccounts.Secretariat);
        Assert.Empty(await database.Get<GrantProgramService>().ListAsync(yamagata));
    }
}
