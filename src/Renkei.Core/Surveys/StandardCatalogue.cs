namespace Renkei.Core.Surveys;

/// <summary>The categories of the 2017 (H29) survey, exactly as its result summary labels them.</summary>
public static class StandardCatalogue
{
    /// <param name="OnlyFor">The two-digit prefecture part of the code of the one prefecture the category belongs to (飛島 is Yamagata's island).</param>
    public sealed record Entry(SurveySection Section, string Label, bool IsOther, string? OnlyFor = null);

    private const string Yamagata = "06";

    /// <summary>The categories a prefecture's new survey starts with: the standard ones, without another prefecture's own.</summary>
    public static IReadOnlyList<Entry> For(Organisations.LocalGovernmentCode prefecture) =>
        Entries.Where(e => e.OnlyFor is null || e.OnlyFor == prefecture.PrefecturePart).ToList();

    public static readonly IReadOnlyList<Entry> Entries =
    [
        new(SurveySection.Policy, "若者の定着・回帰関係（移住定住、空き家対策、Uターン等）", false),
        new(SurveySection.Policy, "買い物支援関係（移動販売車導入、店舗設置支援等）", false),
        new(SurveySection.Policy, "生活交通対策関係（バス、鉄道等）", false),
        new(SurveySection.Policy, "離島振興関係（飛島の振興）", false, OnlyFor: Yamagata),
        new(SurveySection.Policy, "観光振興関係（ジオパーク、インバウンド等）", false),
        new(SurveySection.Policy, "子育て支援関係（貧困、障がい児対策等）", false),
        new(SurveySection.Policy, "中山間地振興関係（地域コミュニティ対策等）", false),
        new(SurveySection.Policy, "その他（健康づくり関係、地域経済の活性化関係等）", true),
        new(SurveySection.Operations, "専門的・技術的業務関係（税務、文化財等）", false),
        new(SurveySection.Operations, "災害対応業務関係（罹災証明書交付、職員相互派遣等）", false),
        new(SurveySection.Operations, "鳥獣被害対策関係", false),
        new(SurveySection.Operations, "水道事業関係（広域化、業務の共同化等）", false),
        new(SurveySection.Operations, "その他（職員採用関係等）", true),
        new(SurveySection.Exchange, "人的交流関係（人事交流、研修派遣等）", false),
        new(SurveySection.Exchange, "情報共有関係（県予算・事業の情報等）", false),
    ];
}
