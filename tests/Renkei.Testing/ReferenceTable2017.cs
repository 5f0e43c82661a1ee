using Renkei.Core.Surveys;

namespace Renkei.Testing;

/// <summary>The 2017 result table as published (../shared/reference/README.md), kept apart from the seeder so tests check it.</summary>
public static class ReferenceTable2017
{
    public sealed record Row(SurveySection Section, string Label, int Municipal, bool Star);

    public static readonly Row[] Rows =
    [
        new(SurveySection.Policy, "若者の定着・回帰関係（移住定住、空き家対策、Uターン等）", 17, true),
        new(SurveySection.Policy, "買い物支援関係（移動販売車導入、店舗設置支援等）", 8, true),
        new(SurveySection.Policy, "生活交通対策関係（バス、鉄道等）", 6, true),
        new(SurveySection.Policy, "離島振興関係（飛島の振興）", 1, true),
        new(SurveySection.Policy, "観光振興関係（ジオパーク、インバウンド等）", 16, true),
        new(SurveySection.Policy, "子育て支援関係（貧困、障がい児対策等）", 4, true),
        new(SurveySection.Policy, "中山間地振興関係（地域コミュニティ対策等）", 4, false),
        new(SurveySection.Policy, "その他（健康づくり関係、地域経済の活性化関係等）", 31, false),
        new(SurveySection.Operations, "専門的・技術的業務関係（税務、文化財等）", 11, false),
        new(SurveySection.Operations, "災害対応業務関係（罹災証明書交付、職員相互派遣等）", 5, true),
        new(SurveySection.Operations, "鳥獣被害対策関係", 4, true),
        new(SurveySection.Operations, "水道事業関係（広域化、業務の共同化等）", 17, true),
        new(SurveySection.Operations, "その他（職員採用関係等）", 31, false),
        new(SurveySection.Exchange, "人的交流関係（人事交流、研修派遣等）", 10, false),
        new(SurveySection.Exchange, "情報共有関係（県予算・事業の情報等）", 8, true),
    ];

    public const int MunicipalTotal = 173;
    public static readonly (SurveySection Section, int Municipal, int Prefectural)[] Sections =
        [(SurveySection.Policy, 87, 32), (SurveySection.Operations, 68, 6), (SurveySection.Exchange, 18, 2)];
    public const int PrefecturalTotal = 40;

    /// <summary>Asserts a summary reproduces the table: totals, section counts, category counts and every * mark.</summary>
    public static void AssertMatches(SurveySummary summary)
    {
        Xunit.Assert.Equal(MunicipalTotal, summary.Municipal.Total);
        Xunit.Assert.Equal(PrefecturalTotal, summary.Departments.Total);
        foreach (var (section, municipal, prefectural) in Sections)
        {
            Xunit.Assert.Equal(municipal, summary.Municipal.Sections.Single(s => s.Section == section).Count);
            Xunit.Assert.Equal(prefectural, summary.Departments.Sections.Single(s => s.Section == section).Count);
        }
        var actual = summary.Municipal.Sections.SelectMany(s => s.Categories.Select(c => new Row(s.Section, c.Label, c.Count, c.AlsoRaisedByDepartments)));
        Xunit.Assert.Equal(Rows, actual);
    }
}
