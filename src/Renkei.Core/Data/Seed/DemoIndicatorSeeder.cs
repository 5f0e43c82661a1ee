using Microsoft.EntityFrameworkCore;
using Renkei.Core.Indicators;

namespace Renkei.Core.Data.Seed;

/// <summary>
/// The policy's indicator tables (seed 000): the four 目標指標 of 『山形県短期アクションプラン』テーマ7 施策3 with their H32
/// targets, its eight KPIs with the targets of H29–H32, and the qualitative 「方針策定 (H29年度)」 of 『山形県行財政改革推進
/// プラン』, reached by the council's decision of the policy on 2018-03-19. No other actuals are entered (the seed has none);
/// the tables name no owner department (only 主担当部局：企画振興部), so none is set.
/// </summary>
public sealed class DemoIndicatorSeeder(RenkeiDbContext db)
{
    public const string ActionPlan = "山形県短期アクションプラン テーマ7 施策3（主担当部局：企画振興部）";
    public const string ReformPlan = "山形県行財政改革推進プラン";

    /// <summary>(name, unit, kind, direction, year kind, baseline, its year, final target, yearly targets H29–H32 or none).</summary>
    internal static readonly (string Name, string Unit, IndicatorKind Kind, IndicatorDirection Direction, YearKind YearKind, decimal Baseline, int Year, decimal Final, decimal[]? Targets)[] Rows =
    [
        ("住民主体による地域づくりに係る活動拠点数", "拠点", IndicatorKind.PlaceCount, IndicatorDirection.HigherIsBetter, YearKind.FiscalYear, 40, 2016, 200, null),
        ("雪害による死亡者数", "人", IndicatorKind.Quantity, IndicatorDirection.LowerIsBetter, YearKind.FiscalYear, 3, 2015, 0, null),
        ("県外からの転入者数－県外への転出者数", "人", IndicatorKind.Quantity, IndicatorDirection.HigherIsBetter, YearKind.CalendarYear, -3_639, 2016, -2_000, null),
        ("連携中枢都市圏の形成数", "圏域", IndicatorKind.Quantity, IndicatorDirection.HigherIsBetter, YearKind.FiscalYear, 0, 2015, 1, null),
        ("立地適正化計画策定市町村数", "市町村", IndicatorKind.Quantity, IndicatorDirection.HigherIsBetter, YearKind.FiscalYear, 1, 2016, 4, [1, 1, 2, 4]),
        ("地域づくり専門アドバイザーの派遣箇所数", "箇所", IndicatorKind.PlaceCount, IndicatorDirection.HigherIsBetter, YearKind.FiscalYear, 6, 2015, 20, [11, 16, 18, 20]),
        ("除雪及び雪下ろしボランティアの登録数", "人", IndicatorKind.Quantity, IndicatorDirection.HigherIsBetter, YearKind.FiscalYear, 516, 2015, 900, [660, 740, 820, 900]),
        ("雪を活用した新たな取組みの件数（累計）", "件", IndicatorKind.CumulativeQuantity, IndicatorDirection.HigherIsBetter, YearKind.FiscalYear, 4, 2016, 12, [6, 8, 10, 12]),
        ("雪に強い住宅リフォーム新規補助件数（累計）", "件", IndicatorKind.CumulativeQuantity, IndicatorDirection.HigherIsBetter, YearKind.FiscalYear, 427, 2015, 2_400, [1_200, 1_600, 2_000, 2_400]),
        ("移住交流ポータルサイト「すまいる山形暮らし情報館」のアクセス件数", "件", IndicatorKind.Quantity, IndicatorDirection.HigherIsBetter, YearKind.FiscalYear, 43_004, 2015, 80_000, [50_000, 60_000, 70_000, 80_000]),
        ("首都圏からの移住者数（累計）", "人", IndicatorKind.CumulativeQuantity, IndicatorDirection.HigherIsBetter, YearKind.FiscalYear, 23, 2015, 428, [114, 192, 300, 428]),
        ("「やまがたハッピーライフ情報センター」への年間相談件数", "件", IndicatorKind.Quantity, IndicatorDirection.HigherIsBetter, YearKind.FiscalYear, 306, 2015, 700, [400, 500, 600, 700]),
    ];

    public const string PolicyIndicator = "県と市町村の連携・協働を推進する方針";

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var prefecture = await db.Prefectures.SingleAsync(p => p.Code == YamagataReferenceData.PrefectureCode, cancellationToken);
        if (await db.Indicators.AnyAsync(i => i.PrefectureId == prefecture.Id, cancellationToken))
        {
            return;
        }
        var secretariat = await db.Departments.SingleAsync(d => d.PrefectureId == prefecture.Id && d.IsSecretariat, cancellationToken);
        db.Indicators.AddRange(Rows.Select(r => new Indicator
        {
            PrefectureId = prefecture.Id, Name = r.Name, Unit = r.Unit, Kind = r.Kind, Direction = r.Direction, YearKind = r.YearKind, Plan = ActionPlan,
            BaselineValue = r.Baseline, BaselineYear = r.Year, FinalTargetValue = r.Final, FinalTargetYear = 2020,
            Targets = r.Targets?.Select((value, i) => new IndicatorTarget { Year = 2017 + i, Value = value }).ToList() ?? [],
        }));
        db.Indicators.Add(new Indicator
        {
            PrefectureId = prefecture.Id, Name = PolicyIndicator, Unit = "", Kind = IndicatorKind.Milestone, Direction = IndicatorDirection.HigherIsBetter,
            YearKind = YearKind.FiscalYear, Plan = ReformPlan, MilestoneLabel = "方針策定", FinalTargetValue = 1, FinalTargetYear = 2017,
            Values =
            [
                new IndicatorValue
                {
                    Year = 2017, Value = 1, Source = "県・市町村連携推進方針の決定（2018年3月19日）", ObservedOn = new DateOnly(2018, 3, 19),
                    State = ValueState.Approved, SubmittedByOrganisationId = secretariat.Id,
                },
            ],
        });
        await db.SaveAsync(cancellationToken);
    }
}
