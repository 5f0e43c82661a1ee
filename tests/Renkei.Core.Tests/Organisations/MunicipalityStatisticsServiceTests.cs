using System.Text;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;
using Renkei.Core.Organisations;
using Renkei.Testing;

namespace Renkei.Core.Tests.Organisations;

public class MunicipalityStatisticsServiceTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private MunicipalityStatisticsService Statistics => database.Get<MunicipalityStatisticsService>();

    private static StatisticInput Figures(int year, int population = 10_000, decimal? share = 35.5m, bool projection = false) =>
        new(year, population, share, 80, 2, 1, 3, projection);

    private async Task<int> CountFor(string code)
    {
        await using var db = database.CreateDbContext();
        return await db.MunicipalityStatistics.CountAsync(s => s.Municipality.Code == LocalGovernmentCode.Parse(code));
    }

    /// <summary>A file as Excel saves "CSV UTF-8": with a byte-order mark.</summary>
    private static MemoryStream Csv(string text) => new([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

    [Theory]
    [InlineData(DemoAccounts.YamagataCity)]
    [InlineData(DemoAccounts.MurayamaSupport)]
    [InlineData(DemoAccounts.KenkoFukushi)]
    public async Task Only_the_secretariat_edits_statistics(string email) =>
        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await Statistics.SaveAsync(await database.ActorAsync(email), "062014", Figures(2020), null));

    [Fact]
    public async Task The_secretariat_adds_edits_and_deletes_a_year()
    {
        var actor = await database.ActorAsync(DemoAccounts.Secretariat);
        Assert.Equal(2, await CountFor("063657")); // the 2015 and 2020 census, seeded
        await Statistics.SaveAsync(actor, "063657", Figures(2010, 3_500), null);
        var profile = await database.Get<OrganisationDirectory>().GetMunicipalityAsync(actor, "063657");
        var saved = Assert.Single(profile.Statistics, s => s.Year == 2010);
        Assert.Equal(3_500, saved.Population);

        await Statistics.SaveAsync(actor, "063657", Figures(2010, 3_400), saved.Version);
        profile = await database.Get<OrganisationDirectory>().GetMunicipalityAsync(actor, "063657");
        Assert.Equal(3_400, Assert.Single(profile.Statistics, s => s.Year == 2010).Population);

        await Assert.ThrowsAsync<ConflictException>(() => Statistics.SaveAsync(actor, "063657", Figures(2010, 1), saved.Version));
        await Statistics.DeleteAsync(actor, "063657", 2010, profile.Statistics.Single(s => s.Year == 2010).Version);
        Assert.Equal(2, await CountFor("063657"));
    }

    [Fact]
    public async Task Adding_a_year_that_exists_is_refused_rather_than_overwritten()
    {
        var actor = await database.ActorAsync(DemoAccounts.Secretariat);
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Statistics.SaveAsync(actor, "063665", Figures(2015, 1), null)); // the census year
        Assert.Contains("既に登録", refused.Errors["Year"][0]);
    }

    [Theory]
    [InlineData(1800, 1000, 20, "Year")]
    [InlineData(2015, -1, 20, "Population")]
    [InlineData(2015, 1000, 120, "ElderlyShare")]
    public async Task Figures_out_of_range_are_refused_by_field(int year, int population, int share, string field)
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(async () =>
            await Statistics.SaveAsync(await database.ActorAsync(DemoAccounts.Secretariat), "063673", Figures(year, population, share), null));
        Assert.True(refused.Errors.ContainsKey(field));
    }

    [Fact]
    public async Task A_good_CSV_file_is_imported_whole_with_Japanese_or_English_headers()
    {
        var actor = await database.ActorAsync(DemoAccounts.Secretariat);
        var imported = await Statistics.ImportCsvAsync(actor, Csv(
            "団体コード,年,人口,高齢化率,一般行政部門職員数,土木技師数,建築技師数,農林水産技師数,推計\n" +
            "064611,2015,\"14,207\",37.1,120,4,2,3,0\n" +
            "064611,2040,9000,48.0,,,,,1\n"));
        Assert.Equal(2, imported);
        Assert.Equal(3, await CountFor("064611")); // 2015 replaced the census figure, 2020 census kept, 2040 added

        imported = await Statistics.ImportCsvAsync(actor, Csv(
            "code,year,population,elderly_share,general_admin_staff,civil_engineers,architecture_engineers,agri_forestry_engineers,projection\n" +
            "064611,2015,14000,37.2,121,4,2,3,0\n"));
        Assert.Equal(1, imported);
        await using var db = database.CreateDbContext();
        var row = await db.MunicipalityStatistics.SingleAsync(s => s.Municipality.Name == "遊佐町" && s.Year == 2015);
        Assert.Equal(14_000, row.Population); // replaced, not duplicated
    }

    [Fact]
    public async Task A_bad_row_is_reported_with_its_line_number_and_nothing_of_the_file_is_saved()
    {
        var actor = await database.ActorAsync(DemoAccounts.Secretariat);
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Statistics.ImportCsvAsync(actor, Csv(
            "団体コード,年,人口,高齢化率,一般行政部門職員数,土木技師数,建築技師数,農林水産技師数,推計\n" +
            "064289,2015,22000,33.0,150,5,2,4,0\n" +
            "064289,2016,二万,33.0,150,5,2,4,0\n" +
            "064281,2015,22000,33.0,150,5,2,4,0\n")));
        var messages = refused.Errors["File"];
        Assert.Contains(messages, m => m.StartsWith("3行目", StringComparison.Ordinal) && m.Contains("人口"));
        Assert.Contains(messages, m => m.StartsWith("4行目", StringComparison.Ordinal) && m.Contains("検査数字"));
        Assert.Equal(2, await CountFor("064289")); // the census years only
    }

    [Fact]
    public async Task A_code_of_another_prefecture_is_refused()
    {
        var actor = await database.ActorAsync(DemoAccounts.Secretariat);
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Statistics.ImportCsvAsync(actor, Csv(
            "code,year,population,elderly_share,general_admin_staff,civil_engineers,architecture_engineers,agri_forestry_engineers,projection\n" +
            "012025,2015,260000,31.0,,,,,0\n")));
        Assert.Contains("2行目", refused.Errors["File"][0]);
    }

    [Fact]
    public async Task A_file_that_is_not_UTF8_or_lacks_headers_gets_a_clear_message()
    {
        var actor = await database.ActorAsync(DemoAccounts.Secretariat);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var shiftJis = Encoding.GetEncoding("shift_jis");
        var sjis = await Assert.ThrowsAsync<ValidationException>(() => Statistics.ImportCsvAsync(actor,
            new MemoryStream(shiftJis.GetBytes("団体コード,年,人口\n062014,2015,1\n"))));
        Assert.Contains("UTF-8", sjis.Message);

        var header = await Assert.ThrowsAsync<ValidationException>(() => Statistics.ImportCsvAsync(actor, Csv("code,year\n062014,2015\n")));
        Assert.Contains("人口", header.Message);
    }
}
