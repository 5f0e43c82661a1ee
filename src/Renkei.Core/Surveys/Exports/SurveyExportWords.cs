using Renkei.Core.Calendar;

namespace Renkei.Core.Surveys.Exports;

/// <summary>
/// The portal's own words in the survey exports (the list of submitted needs as CSV, the workbook's 集計 and 回答一覧
/// sheets): headings, sheet names, sentences and domain values. Japanese unless the caller's page speaks another
/// language (the Web builds those from its resources); entered text stays as entered. The formats take the same
/// arguments in every language ({0} the group or section, {1} a count, {2} the counts by section).
/// </summary>
public sealed record SurveyExportWords(
    IReadOnlyList<string> ItemHeader, Func<RespondentGroup, string> Group, Func<SurveySection, string> Section, Func<Urgency, string> Urgency,
    string ListSeparator, Func<DateTimeOffset, string> Submitted,
    string SummarySheet, string ItemsSheet, string SummaryTitleFormat, string GroupLineFormat, string SectionCountFormat,
    IReadOnlyList<string> SummaryHeader, string SectionTotalFormat, string Total, string Footnote)
{
    public static SurveyExportWords Japanese { get; } = new(
        ["回答者区分", "団体名", "地域", "連携の種類", "区分", "連携が必要な施策・業務", "緊急性", "想定される連携の形", "連携の内容", "課題", "連携希望先", "提出日時"],
        g => g.ToJapanese(), s => s.ToJapanese(), u => u.ToJapanese(), "、", Wareki.FormatDateTime,
        "集計", "回答一覧", "{0} 集計結果", "{0} {1}件（{2}）", "{0} {1}件",
        ["連携の種類", "区分", "市町村（件）", "県も挙げた区分", "県（件）"], "{0} 計", "合計",
        "* は県の部局・総合支庁からも同じ区分のニーズが挙げられたもの。提出済みの回答のみを集計。");

    /// <summary>The keys of the list's headings, in order, for a translation (<c>Export.Item.*</c> in the Web's resources).</summary>
    public static IReadOnlyList<string> HeaderKeys { get; } =
        ["Group", "Organisation", "Region", "Section", "Category", "Title", "Urgency", "Form", "Content", "Issues", "Partners", "SubmittedAt"];

    /// <summary>The keys of the 集計 sheet's headings, in order (<c>Export.Summary.*</c>).</summary>
    public static IReadOnlyList<string> SummaryHeaderKeys { get; } = ["Section", "Category", "Municipal", "AlsoPrefectural", "Prefectural"];
}
