using Renkei.Core.Calendar;
using Renkei.Core.Common;

namespace Renkei.Core.Grants;

/// <summary>
/// The effect report as titled tables of cells (text, or whole numbers for the workbook): one layout for the page,
/// the .xlsx and the .docx, so the three never disagree. The portal's own words go through the reader's <see cref="Wording"/>;
/// names of areas and projects stay as entered.
/// </summary>
public static class EffectReportTables
{
    public sealed record Table(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<object>> Rows, string? Note = null);

    public static IReadOnlyList<Table> Of(EffectReport report, Wording? wording = null)
    {
        var w = wording ?? Wording.Japanese;
        return [ByStartYear(report, w), Size(report, w), Fields(report, w), Relations(report, w), MoneyByYear(report, w), MoneyByField(report, w), Secretariats(report, w)];
    }

    /// <summary>3.4万人: population in 万 with one decimal, as the review prints it; in English to the same precision (34,000).</summary>
    public static string TenThousands(decimal? people, Wording? wording = null) => people is not { } p ? "—"
        : wording is { IsJapanese: false } ? $"{Math.Round(p / 1_000m, 0, MidpointRounding.AwayFromZero) * 1_000m:N0}"
        : $"{Math.Round(p / 10_000m, 1, MidpointRounding.AwayFromZero):0.0}万人";

    public static string Km2(decimal? km2, Wording? wording = null) =>
        km2 is { } k ? $"{Math.Round(k, 0, MidpointRounding.AwayFromZero):N0} {(wording is { IsJapanese: false } ? "km²" : "㎢")}" : "—";

    public static string Members(decimal? members) => members is { } m ? $"{Math.Round(m, 1, MidpointRounding.AwayFromZero):0.0}" : "—";

    private static Table ByStartYear(EffectReport r, Wording w)
    {
        var rows = r.ByStartYear.Select(y => (IReadOnlyList<object>)
        [
            w.Format("{0}～", w.Say(new FiscalYear(y.FiscalYear).ToJapanese())),
            string.Join(w.Say("、"), y.Areas.Select(a => $"{a.Name}({(a.DeclaredMembers is { } d && a.RegisteredMembers < d ? w.Format("{0}／{1}", a.RegisteredMembers, d) : a.RegisteredMembers.ToString())})")),
            y.Areas.Count, y.Municipalities,
        ]).ToList();
        rows.Add([w.Say("計"), "", r.AreaCount, r.MunicipalityCount]);
        return new Table(w.Say("連携地域の状況（開始年度別）"), Said(w, "区分", "連携地域（構成市町村数）", "連携地域数", "市町村数"), rows,
            w.Say("構成市町村数は登録された市町村を数えます。「2／4」は資料の4市町村のうち2つが登録済みであることを示します。"));
    }

    private static Table Size(EffectReport r, Wording w)
    {
        var s = r.Size;
        var rows = new List<IReadOnlyList<object>>
        {
            new object[] { w.Say("この事業の連携地域（登録データから算出）"), TenThousands(s.AveragePopulation, w), Km2(s.AverageAreaKm2, w), Members(s.AverageMembers) },
        };
        rows.AddRange(r.Benchmarks.Select(b => (IReadOnlyList<object>)[w.Say($"（参考）{b.Label}"), TenThousands(b.Population, w), Km2(b.AreaKm2, w), Members(b.Members)]));
        var title = r.StatisticsYear is { } y ? $"連携地域の平均規模（人口・面積は{y}年の統計）" : "連携地域の平均規模（人口・面積の年の設定なし）";
        // The review counts in 万 (4万人); English counts people (40,000).
        var small = w.IsJapanese ? $"{EffectReport.SmallPopulation / 10_000}万人" : $"{EffectReport.SmallPopulation:N0}";
        return new Table(w.Say(title), Said(w, "区分", "人口", "面積", "構成市町村数"), rows, w.Say(
            $"人口を集計できた{s.AreasMeasured}地域のうち人口{small}未満が{s.UnderSmallPopulation}地域、"
            + $"面積を集計できた{s.AreasMeasuredForArea}地域のうち{EffectReport.LargeAreaKm2:N0}㎢以上が{s.OverLargeArea}地域。"
            + $"構成市町村数が{s.TypicalMin}～{s.TypicalMax}の地域は{s.WithinTypicalSize}地域。"));
    }

    private static Table Fields(EffectReport r, Wording w) => new(w.Say("連携協定及び連携ビジョンの内容（分野別）"), Said(w, "連携分野", "取組地域の数", "具体的な内容"),
        r.Fields.Select(f => (IReadOnlyList<object>)[w.Say(f.Field.ToJapanese()), f.Areas, f.Projects.Count > 0 ? string.Join(w.Say("、"), f.Projects) : w.Say("未入力")]).ToList());

    private static Table Relations(EffectReport r, Wording w) => new(w.Say("連携地域と国の定住自立圏等との関係"), Said(w, "定住自立圏域等との関係", "地域数", "対象となる連携地域"),
        r.Relations.Select(x => (IReadOnlyList<object>)[w.Say(x.Relation.ToJapanese()), x.Areas.Count, string.Join(w.Say("、"), x.Areas)]).ToList());

    private static Table MoneyByYear(EffectReport r, Wording w)
    {
        var rows = r.MoneyByYear.Select(m => (IReadOnlyList<object>)[w.Say(new FiscalYear(m.FiscalYear).ToJapanese()), m.Grants, m.Applied, m.Awarded, m.Disbursed, m.Used, m.Returned]).ToList();
        if (rows.Count > 0)
        {
            rows.Add([w.Say("計"), r.MoneyByYear.Sum(m => m.Grants), r.MoneyByYear.Sum(m => m.Applied), r.MoneyByYear.Sum(m => m.Awarded),
                r.MoneyByYear.Sum(m => m.Disbursed), r.MoneyByYear.Sum(m => m.Used), r.MoneyByYear.Sum(m => m.Returned)]);
        }
        return new Table(w.Say("交付金の状況（年度別、円）"), Said(w, "年度", "件数", "申請額", "交付決定額", "交付額", "使用額", "返還額"), rows,
            w.Say("使用額と返還額は実績報告を受けた交付金の分です。"));
    }

    private static Table MoneyByField(EffectReport r, Wording w) => new(w.Say("交付金の状況（分野別、円）"), Said(w, "分野", "事業数", "計画事業費", "実績事業費"),
        r.MoneyByField.Select(m => (IReadOnlyList<object>)[w.Say(m.Field.ToJapanese()), m.Projects, m.Planned, m.Used]).ToList(),
        w.Say("交付決定を受けた交付金の事業について、申請時の事業費と実績報告の事業費を分野別に合計しています。"));

    private static Table Secretariats(EffectReport r, Wording w)
    {
        var s = r.Secretariats;
        return new Table(w.Say("事務局の役割分担"), Said(w, "区分", "地域数"),
        [
            [w.Say("同じ市町村が毎年度事務局"), s.Fixed],
            [w.Say("年度により事務局が交代（持ち回り）"), s.Rotating],
            [w.Say("事務局市町村が未登録"), s.NotEntered],
            [w.Say($"人口最大の構成市町村以外が事務局を担った地域（比較できた{s.Compared}地域のうち）"), s.NotLargestMember],
        ]);
    }

    private static IReadOnlyList<string> Said(Wording w, params string[] headings) => headings.Select(w.Say).ToList();
}
