using Microsoft.EntityFrameworkCore;
using Renkei.Core.Arrangements;
using Renkei.Core.Organisations;

namespace Renkei.Core.Data.Seed;

/// <summary>
/// The four 定住自立圏 of the policy's 参考資料 and 置賜 (in preparation there), with the members and the dates of
/// ../shared/reference/yamagata-settlement-areas.csv. A date that was not found stays empty; where only the month is
/// known (the seed's 「平成23年11月策定」) the step says so. Loaded once per prefecture; kept by the registry afterwards.
/// </summary>
public sealed class SettlementAreaReferenceData(RenkeiDbContext db)
{
    /// <summary>(name, 中心市 code, partner codes, 中心市宣言, agreement day, visions (day, month only, title, note), dissolved, note).</summary>
    internal sealed record Area(string Name, string Centre, string[] Partners, DateOnly? Declaration, string? DeclarationNote, DateOnly? Agreement,
        (DateOnly On, string? Title, string? Note)[] Visions, DateOnly? Dissolved, string? Note);

    internal static readonly Area[] Areas =
    [
        new("山形定住自立圏", "062014", ["062073", "062103", "063011", "063029"], null, "中心市宣言・協定の日付は未確認", null,
            [(new DateOnly(2011, 11, 1), null, "平成23年11月策定（方針の参考資料）")],
            new DateOnly(2020, 3, 31), "協定は2020年3月31日廃止（中山町の公表による）。連携は山形連携中枢都市圏へ移行。"),
        new("庄内南部定住自立圏", "062031", ["064262", "064289"], null, "中心市宣言の日付は未確認", new DateOnly(2012, 10, 5),
            [(new DateOnly(2013, 3, 1), null, "平成25年3月策定"), (new DateOnly(2018, 3, 1), "第2次", null), (new DateOnly(2023, 3, 1), "第3次", null)],
            null, null),
        new("庄内北部定住自立圏", "062049", ["064262", "064289", "064611"], new DateOnly(2014, 3, 14), null, new DateOnly(2014, 12, 26),
            [(new DateOnly(2015, 3, 1), null, "平成27年3月策定（方針の参考資料）。策定の公表は2015年4月")],
            null, null),
        new("新庄最上定住自立圏", "062057", ["063614", "063622", "063631", "063649", "063657", "063665", "063673"], null, "中心市宣言は2月13日（年は未確認）", new DateOnly(2015, 6, 25),
            [(new DateOnly(2016, 3, 1), null, "平成28年3月策定（方針の参考資料）")],
            null, null),
        new("置賜定住自立圏", "062022", ["062090", "062138", "063819", "063827", "064017", "064025", "064033"], new DateOnly(2018, 2, 26), null, new DateOnly(2018, 6, 29),
            [], null, "共生ビジョンは2018年11月策定予定（策定日は未確認）。方針（2018年）では形成に向けて準備中。"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var prefecture = await db.Prefectures.SingleOrDefaultAsync(p => p.Code == YamagataReferenceData.PrefectureCode, cancellationToken);
        if (prefecture is null || await db.Arrangements.AnyAsync(a => a.PrefectureId == prefecture.Id && a.Type == ArrangementType.SettlementArea, cancellationToken))
        {
            return;
        }
        var municipalities = (await db.Municipalities.Where(m => m.PrefectureId == prefecture.Id).ToListAsync(cancellationToken))
            .ToDictionary(m => m.Code.Value, m => m.Id);
        foreach (var area in Areas)
        {
            var centre = municipalities[area.Centre];
            var arrangement = new Arrangement
            {
                PrefectureId = prefecture.Id, Type = ArrangementType.SettlementArea, Name = area.Name,
                KindsOfWork = [], EstablishedOn = area.Agreement, DissolvedOn = area.Dissolved, Note = area.Note,
            };
            arrangement.Members.Add(new ArrangementMember { OrganisationId = centre, Role = MemberRole.CentralCity, From = area.Declaration ?? area.Agreement, Until = Last(area) });
            arrangement.Steps.Add(new ArrangementStep { Kind = StepKind.CentralCityDeclaration, On = area.Declaration, Note = area.DeclarationNote });
            foreach (var code in area.Partners)
            {
                arrangement.Members.Add(new ArrangementMember { OrganisationId = municipalities[code], Role = MemberRole.Member, From = area.Agreement, Until = Last(area) });
                arrangement.Steps.Add(new ArrangementStep { Kind = StepKind.Agreement, On = area.Agreement, PartnerOrganisationId = municipalities[code],
                    Title = "定住自立圏形成協定", Note = area.Agreement is null ? "協定の日付は未確認" : null });
            }
            foreach (var (on, title, note) in area.Visions)
            {
                arrangement.Steps.Add(new ArrangementStep { Kind = StepKind.Vision, On = on, MonthOnly = true, Title = title is null ? "共生ビジョン" : $"{title}共生ビジョン", Note = note });
            }
            if (area.Dissolved is { } dissolved)
            {
                arrangement.Steps.Add(new ArrangementStep { Kind = StepKind.Dissolved, On = dissolved, Note = area.Note });
            }
            db.Arrangements.Add(arrangement);
        }
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>The last day of membership: the day before the area was dissolved.</summary>
    private static DateOnly? Last(Area area) => area.Dissolved?.AddDays(-1);
}
