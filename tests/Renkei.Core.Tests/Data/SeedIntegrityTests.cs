using Microsoft.EntityFrameworkCore;
using Renkei.Core.Data.Seed;
using Renkei.Core.Organisations;
using Renkei.Testing;

namespace Renkei.Core.Tests.Data;

public class SeedIntegrityTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task Seeds_35_municipalities_13_cities_19_towns_3_villages()
    {
        await using var db = database.CreateDbContext();
        var kinds = await db.Municipalities.Where(m => m.Prefecture.Code == YamagataReferenceData.PrefectureCode).GroupBy(m => m.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal(35, kinds.Values.Sum());
        Assert.Equal(13, kinds[MunicipalityKind.City]);
        Assert.Equal(19, kinds[MunicipalityKind.Town]);
        Assert.Equal(3, kinds[MunicipalityKind.Village]);
    }

    [Fact]
    public async Task Seeds_the_four_regions_with_14_8_8_5_municipalities()
    {
        await using var db = database.CreateDbContext();
        var regions = await db.Municipalities.Where(m => m.Prefecture.Code == YamagataReferenceData.PrefectureCode).GroupBy(m => m.Region).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal(new Dictionary<string, int> { ["村山"] = 14, ["最上"] = 8, ["置賜"] = 8, ["庄内"] = 5 }, regions);
    }

    [Fact]
    public async Task Seeds_four_branch_offices_and_six_support_offices_with_their_jurisdictions()
    {
        await using var db = database.CreateDbContext();
        Assert.Equal(YamagataReferenceData.BranchOffices, await db.BranchOffices.OrderBy(b => b.Id).Select(b => b.Name).ToListAsync());
        var jurisdictions = await db.SupportOffices
            .Select(s => new { s.Name, Branch = s.BranchOffice.Name, Members = s.Jurisdiction.OrderBy(m => m.Code).Select(m => m.Name).ToList() })
            .ToDictionaryAsync(s => s.Name);
        Assert.Equal(6, jurisdictions.Count);
        Assert.Equal(["山形市", "上山市", "天童市", "山辺町", "中山町"], jurisdictions["村山総合支庁 総務企画部総務課連携支援室"].Members);
        Assert.Equal(["寒河江市", "河北町", "西川町", "朝日町", "大江町"], jurisdictions["村山総合支庁 総務企画部西村山総務課連携支援室"].Members);
        Assert.Equal(["村山市", "東根市", "尾花沢市", "大石田町"], jurisdictions["村山総合支庁 総務企画部北村山総務課連携支援室"].Members);
        Assert.Equal(8, jurisdictions["最上総合支庁 総務企画部総務課連携支援室"].Members.Count);
        Assert.Equal(8, jurisdictions["置賜総合支庁 総務企画部総務課連携支援室"].Members.Count);
        Assert.Equal(["鶴岡市", "酒田市", "三川町", "庄内町", "遊佐町"], jurisdictions["庄内総合支庁 総務企画部総務課連携支援室"].Members);
        Assert.All(jurisdictions.Values.Where(s => s.Name.StartsWith("村山", StringComparison.Ordinal)), s => Assert.Equal("村山総合支庁", s.Branch));
        // Every municipality is served by a support office of its own branch office.
        Assert.Equal(0, await db.Municipalities.CountAsync(m => m.Prefecture.Code == YamagataReferenceData.PrefectureCode && (m.SupportOffice == null || m.SupportOffice.BranchOfficeId != m.BranchOfficeId)));
    }

    [Fact]
    public async Task Seeds_the_departments_of_table_1_with_one_secretariat()
    {
        await using var db = database.CreateDbContext();
        var departments = await db.Departments.Where(d => d.Prefecture.Code == YamagataReferenceData.PrefectureCode).ToListAsync();
        Assert.Equal(18, departments.Count);
        var secretariat = Assert.Single(departments, d => d.IsSecretariat);
        Assert.Equal("企画振興部 市町村課", secretariat.Name);
        Assert.Contains(departments, d => d.Name == "健康福祉部 健康福祉企画課");
    }

    [Fact]
    public async Task Every_organisation_belongs_to_Yamagata_or_to_Hokkaido_whose_offices_are_not_in_the_reference_files()
    {
        await using var db = database.CreateDbContext();
        var yamagata = await db.Prefectures.SingleAsync(p => p.Code == YamagataReferenceData.PrefectureCode);
        var hokkaido = await db.Prefectures.SingleAsync(p => p.Code == HokkaidoReferenceData.PrefectureCode);
        Assert.Equal(("山形県", "北海道"), (yamagata.Name, hokkaido.Name));
        Assert.Equal(0, await db.Organisations.CountAsync(o => o.PrefectureId != yamagata.Id && o.PrefectureId != hokkaido.Id));
        var municipalities = await db.Municipalities.Where(m => m.PrefectureId == hokkaido.Id).ToListAsync();
        Assert.Equal((179, 35, 129, 15), (municipalities.Count, municipalities.Count(m => m.Kind == MunicipalityKind.City),
            municipalities.Count(m => m.Kind == MunicipalityKind.Town), municipalities.Count(m => m.Kind == MunicipalityKind.Village)));
        Assert.All(municipalities, m => Assert.Null(m.SupportOfficeId));
        Assert.Equal(HokkaidoReferenceData.SecretariatName, (await db.Departments.SingleAsync(d => d.PrefectureId == hokkaido.Id)).Name);
    }

    [Fact]
    public async Task Seeds_the_twelve_demo_accounts_with_their_roles()
    {
        await using var db = database.CreateDbContext();
        var accounts = await (from u in db.Users
                              join ur in db.UserRoles on u.Id equals ur.UserId
                              join r in db.Roles on ur.RoleId equals r.Id
                              select new { u.Email, Role = r.Name, Organisation = u.Organisation.Name }).ToListAsync();
        Assert.Equal(12, accounts.Count);
        foreach (var (email, _, role, organisation) in DemoDataSeeder.Accounts.Concat(HokkaidoDemoSeeder.Accounts))
        {
            Assert.Contains(accounts, a => a.Email == email && a.Role == role && a.Organisation == organisation);
        }
        Assert.Equal([DemoAccounts.YamagataApprover], await db.Users.Where(u => u.IsApprover).Select(u => u.Email).ToListAsync());
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        await database.Get<Core.Data.DatabaseInitializer>().InitializeAsync(seedReferenceData: true, seedDemoData: true);
        await using var db = database.CreateDbContext();
        Assert.Equal(35 + 179, await db.Municipalities.CountAsync());
        Assert.Equal(12, await db.Users.CountAsync());
        Assert.Equal(2, await db.Prefectures.CountAsync());
        Assert.Equal(1, await db.GrantPrograms.CountAsync());
    }
}
