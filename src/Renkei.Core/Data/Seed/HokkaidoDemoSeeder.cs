using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Grants;

namespace Renkei.Core.Data.Seed;

/// <summary>
/// 北海道's 市町村連携地域モデル事業 as the seed (002, H31.3) describes it: the program, its 11 areas with start years,
/// member counts, relation to 定住自立圏 and the one field all of them share (産業振興), and the members and 協定 dates of
/// the four areas found in public pages (hokkaido-model-areas-partial.csv). Nothing else is entered: the other areas'
/// members, the statistics and the grants are the program secretariat's to register. Two demo accounts.
/// </summary>
public sealed class HokkaidoDemoSeeder(RenkeiDbContext db, UserManager<RenkeiUser> users)
{
    public const string ProgramName = "市町村連携地域モデル事業";

    public static readonly (string Email, string DisplayName, string Role, string Organisation)[] Accounts =
    [
        ("hokkaido-secretariat@renkei.example", "北海道 モデル事業事務局", Roles.Secretariat, HokkaidoReferenceData.SecretariatName),
        ("engaru-town@renkei.example", "遠軽町 企画担当", Roles.MunicipalStaff, "遠軽町"),
    ];

    /// <summary>(name as the seed gives it, name in the partial list if found there, start year, members, relation, 協定).</summary>
    internal static readonly (string Name, string? ListedAs, int Start, int Members, SettlementRelation Relation, DateOnly? Agreement)[] Areas =
    [
        ("南空知", null, 2015, 4, SettlementRelation.IncludesOverlap, null),
        ("とんがりロード広域", null, 2015, 4, SettlementRelation.IncludesOverlap, null),
        ("北渡島檜山", "北渡島檜山4町連携地域", 2015, 4, SettlementRelation.WithinArea, new DateOnly(2016, 2, 18)),
        ("遠軽地区", "遠軽地区連携地域", 2015, 3, SettlementRelation.Unusable, new DateOnly(2016, 3, 4)),
        ("とかち東北部", null, 2015, 3, SettlementRelation.WithinArea, null),
        ("北空知", null, 2016, 5, SettlementRelation.Unusable, null),
        ("岩宇まちづくり", "岩宇まちづくり連携地域", 2016, 4, SettlementRelation.Unusable, null),
        ("留萌南部", null, 2017, 3, SettlementRelation.Unusable, null),
        ("留萌中北部", null, 2017, 5, SettlementRelation.Unusable, null),
        ("西紋別", "西紋別(5市町村地域連携)", 2017, 5, SettlementRelation.IncludesOverlap, new DateOnly(2017, 3, 23)),
        ("根室", null, 2017, 5, SettlementRelation.Unusable, null),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var prefecture = await db.Prefectures.SingleOrDefaultAsync(p => p.Code == HokkaidoReferenceData.PrefectureCode, cancellationToken);
        if (prefecture is null)
        {
            return;
        }
        await DemoDataSeeder.SeedAccountsAsync(db, users, prefecture.Id, Accounts, cancellationToken);
        if (await db.GrantPrograms.AnyAsync(p => p.PrefectureId == prefecture.Id, cancellationToken))
        {
            return;
        }
        var program = new GrantProgram
        {
            PrefectureId = prefecture.Id,
            Name = ProgramName,
            Scheme = "地域づくり総合交付金のメニュー事業",
            Purpose = "国の定住自立圏構想などの広域連携制度の活用が困難な地域における広域的な取組を支援することにより、地域の実情や特性に応じた多様な連携の取組を道内各地域で推進し、地域全体の活性化を図る。",
            FirstFiscalYear = 2015,
            LastFiscalYear = 2019,
            LastAdoptionFiscalYear = 2017,
            CapPerMember = 5_000_000,
            MaxSupportYears = 3,
            TypicalMinMembers = 3,
            TypicalMaxMembers = 5,
            EligibilityNotes = "定住自立圏構想等の活用が困難な地域、先駆的な取組を行う地域。国の定住自立圏等における中心市・連携中枢都市に該当する市やその近接市町村（概ね50㎞以内）以外の市町村による連携。",
            Allocation = AllocationRule.EqualPerMember,
            StatisticsYear = 2015,
            Benchmarks =
            [
                new EffectBenchmark { Label = "モデル事業 連携地域（H31.3 中間取りまとめの値）", Population = 34_000, AreaKm2 = 1_928, Members = 4.1m },
                new EffectBenchmark { Label = "道内定住自立圏", Population = 193_000, AreaKm2 = 4_066, Members = 9.3m },
                new EffectBenchmark { Label = "道外定住自立圏（合併1市含む）", Population = 151_000, AreaKm2 = 950, Members = 3.9m },
            ],
        };
        var municipalities = await db.Municipalities.Where(m => m.PrefectureId == prefecture.Id).ToDictionaryAsync(m => m.Code.Value, m => m.Id, cancellationToken);
        var listed = PartialMembers();
        foreach (var (name, listedAs, start, count, relation, agreement) in Areas)
        {
            var area = new CollaborationArea
            {
                Name = listedAs ?? name,
                StartFiscalYear = start,
                DeclaredMemberCount = count,
                SettlementRelation = relation,
                AgreementOn = agreement,
                Note = listedAs is null ? "構成市町村は公開資料で確認できていないため未登録（中間取りまとめでは" + count + "市町村）。" : null,
                Fields = [new AreaVisionField { Field = VisionField.IndustryPromotion }],
            };
            if (listedAs is not null)
            {
                area.Members = listed.Where(r => r.Area == listedAs).Select(r => new AreaMember { MunicipalityId = municipalities[r.Code] }).ToList();
            }
            program.Areas.Add(area);
        }
        db.GrantPrograms.Add(program);
        await db.SaveAsync(cancellationToken);
    }

    internal static IReadOnlyList<(string Area, string Code, string Name)> PartialMembers() =>
        EmbeddedCsv.Rows("hokkaido-model-areas-partial.csv").Select(f => (f[0], f[1], f[2])).ToList();
}
