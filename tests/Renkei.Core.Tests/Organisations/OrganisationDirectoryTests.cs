using Renkei.Core.Common;
using Renkei.Core.Organisations;
using Renkei.Testing;

namespace Renkei.Core.Tests.Organisations;

public class OrganisationDirectoryTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private OrganisationDirectory Directory => database.Get<OrganisationDirectory>();

    [Theory]
    [InlineData(DemoAccounts.YamagataCity)]
    [InlineData(DemoAccounts.ShonaiSupport)]
    [InlineData(DemoAccounts.KenkoFukushi)]
    [InlineData(DemoAccounts.Secretariat)]
    public async Task Everyone_in_the_prefecture_sees_its_35_municipalities(string email)
    {
        var list = await Directory.ListMunicipalitiesAsync(await database.ActorAsync(email));
        Assert.Equal(35, list.Count);
        Assert.Equal("062014", list[0].Code);
        Assert.Equal("村山総合支庁 総務企画部総務課連携支援室", list[0].SupportOffice);
    }

    [Fact]
    public async Task A_second_prefecture_and_Yamagata_never_see_each_other()
    {
        await using var db = database.CreateDbContext();
        var (aomori, aomoriCity, department) = await SecondPrefecture.CreateAsync(db);
        var aomoriActor = SecondPrefecture.SecretariatActor(aomori, department);
        var yamagataActor = await database.ActorAsync(DemoAccounts.Secretariat);

        var seenByAomori = await Directory.ListMunicipalitiesAsync(aomoriActor);
        Assert.Equal(["青森市"], seenByAomori.Select(m => m.Name));
        Assert.DoesNotContain(await Directory.ListMunicipalitiesAsync(yamagataActor), m => m.Name == "青森市");

        await Assert.ThrowsAsync<NotFoundException>(() => Directory.GetMunicipalityAsync(yamagataActor, aomoriCity.Code.Value));
        await Assert.ThrowsAsync<NotFoundException>(() => Directory.GetMunicipalityAsync(aomoriActor, "062014"));
        Assert.Single(await Directory.ListBranchOfficesAsync(aomoriActor));
        Assert.Equal(4, (await Directory.ListBranchOfficesAsync(yamagataActor)).Count);
        Assert.DoesNotContain(await Directory.ListOrganisationsAsync(yamagataActor), o => o.Id == aomoriCity.Id || o.Id == department.Id);
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("abc")]
    [InlineData("062015")]
    public async Task Unknown_or_malformed_codes_are_not_found(string code) =>
        await Assert.ThrowsAsync<NotFoundException>(async () =>
            await Directory.GetMunicipalityAsync(await database.ActorAsync(DemoAccounts.YamagataCity), code));

    [Theory]
    [InlineData(DemoAccounts.Admin, "062014", true, true)]
    [InlineData(DemoAccounts.Secretariat, "062031", true, true)]
    [InlineData(DemoAccounts.YamagataCity, "062014", true, false)]
    [InlineData(DemoAccounts.YamagataCity, "062031", false, false)]
    [InlineData(DemoAccounts.TsuruokaCity, "062031", true, false)]
    [InlineData(DemoAccounts.MurayamaSupport, "062014", true, false)]
    [InlineData(DemoAccounts.MurayamaSupport, "062065", false, false)] // 寒河江市 belongs to 西村山
    [InlineData(DemoAccounts.ShonaiSupport, "062031", true, false)]
    [InlineData(DemoAccounts.KenkoFukushi, "062014", false, false)]
    public async Task The_profile_says_what_the_persona_may_edit(string email, string code, bool canEditContact, bool canEditStatistics)
    {
        var profile = await Directory.GetMunicipalityAsync(await database.ActorAsync(email), code);
        Assert.Equal(canEditContact, profile.CanEditContact);
        Assert.Equal(canEditStatistics, profile.CanEditStatistics);
    }

    [Fact]
    public async Task Branch_offices_list_their_support_offices_and_jurisdictions()
    {
        var branches = await Directory.ListBranchOfficesAsync(await database.ActorAsync(DemoAccounts.YamagataCity));
        Assert.Equal(["村山総合支庁", "最上総合支庁", "置賜総合支庁", "庄内総合支庁"], branches.Select(b => b.Name));
        Assert.Equal(3, branches[0].SupportOffices.Count);
        Assert.Equal(35, branches.Sum(b => b.SupportOffices.Sum(s => s.Jurisdiction.Count)));
    }
}
