using Renkei.Core.Calendar;

namespace Renkei.Core.Surveys.Exports;

/// <summary>
/// The portal's own words in the list of submitted needs (CSV and the workbook's 回答一覧): the column headings and the
/// domain values. Japanese unless the caller's page speaks another language (the Web builds those from its resources);
/// entered text stays as entered.
/// </summary>
public sealed record SurveyExportWords(
    IReadOnlyList<string> ItemHeader, Func<RespondentGroup, string> Group, Func<SurveySection, string> Section, Func<Urgency, string> Urgency,
    string ListSeparator, Func<DateTimeOffset, string> Submitted)
{
    public static SurveyExportWords Japanese { get; } = new(
        ["回答者区分", "団体名", "地域", "連携の種類", "区分", "連携が必要な施策・業務", "緊急性", "想定される連携の形", "連携の内容", "課題", "連携希望先", "提出日時"],
        g => g.ToJapanese(), s => s.ToJapanese(), u => u.ToJapanese(), "、", Wareki.FormatDateTime);

    /// <summary>The keys of the headings, in order, for a translation (<c>Export.Item.*</c> in the Web's resources).</summary>
    public static IReadOnlyList<string> HeaderKeys { get; } =
        ["Group", "Organisation", "Region", "Section", "Category", "Title", "Urgency", "Form", "Content", "Issues", "Partners", "SubmittedAt"];
}
