using Renkei.Core.Calendar;
using Renkei.Core.Common;

namespace Renkei.Core.Surveys.Exports;

/// <summary>
/// The summary as the secretariat publishes it: a 集計 sheet laid out like the seed's table
/// (section, category, municipal count, *), with prefectural counts beside it, and a 回答一覧 sheet.
/// </summary>
public static class SurveyWorkbook
{
    public const string SummarySheet = "集計";
    public const string ItemsSheet = "回答一覧";

    public static byte[] Create(SurveySummary summary, IReadOnlyList<SubmittedItemRow> items, SurveyExportWords? words = null) =>
        new XlsxWriter()
            .Add(SummaryTable(summary))
            .Add(ItemsTable(items, words ?? SurveyExportWords.Japanese))
            .ToBytes();

    private static XlsxWriter.Sheet SummaryTable(SurveySummary summary)
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { $"{summary.Title} 集計結果" },
            new object?[] { $"市町村 {summary.Municipal.Total}件（{SectionCounts(summary.Municipal)}）" },
            new object?[] { $"県（部局・総合支庁） {summary.Departments.Total}件（{SectionCounts(summary.Departments)}）" },
            Array.Empty<object?>(),
            new object?[] { "連携の種類", "区分", "市町村（件）", "県も挙げた区分", "県（件）" },
        };
        var bold = new HashSet<int> { 0, 4 };
        for (var s = 0; s < summary.Municipal.Sections.Count; s++)
        {
            var municipal = summary.Municipal.Sections[s];
            var prefectural = summary.Departments.Sections[s];
            for (var c = 0; c < municipal.Categories.Count; c++)
            {
                var category = municipal.Categories[c];
                rows.Add([municipal.Section.ToJapanese(), category.Label, category.Count, category.AlsoRaisedByDepartments ? "*" : null, prefectural.Categories[c].Count]);
            }
            bold.Add(rows.Count);
            rows.Add([$"{municipal.Section.ToJapanese()} 計", null, municipal.Count, null, prefectural.Count]);
        }
        bold.Add(rows.Count);
        rows.Add(["合計", null, summary.Municipal.Total, null, summary.Departments.Total]);
        rows.Add(Array.Empty<object?>());
        rows.Add(["* は県の部局・総合支庁からも同じ区分のニーズが挙げられたもの。提出済みの回答のみを集計。"]);
        return new XlsxWriter.Sheet(SummarySheet, rows, [26, 60, 14, 16, 12], bold);
    }

    private static XlsxWriter.Sheet ItemsTable(IReadOnlyList<SubmittedItemRow> items, SurveyExportWords words)
    {
        var rows = new List<IReadOnlyList<object?>> { words.ItemHeader.Cast<object?>().ToList() };
        rows.AddRange(items.Select(i => SurveyItemsCsv.Fields(i, words)));
        return new XlsxWriter.Sheet(ItemsSheet, rows, [18, 30, 8, 22, 40, 36, 8, 30, 50, 40, 24, 22], new HashSet<int> { 0 });
    }

    private static string SectionCounts(GroupSummary group) =>
        string.Join("、", group.Sections.Select(s => $"{s.Section.ToJapanese()} {s.Count}件"));
}
