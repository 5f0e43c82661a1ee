using System.Globalization;
using Renkei.Core.Common;

namespace Renkei.Core.Surveys.Exports;

/// <summary>
/// The summary as the secretariat publishes it: a 集計 sheet laid out like the seed's table
/// (section, category, municipal count, *), with prefectural counts beside it, and a 回答一覧 sheet.
/// </summary>
public static class SurveyWorkbook
{
    public static byte[] Create(SurveySummary summary, IReadOnlyList<SubmittedItemRow> items, SurveyExportWords? words = null)
    {
        words ??= SurveyExportWords.Japanese;
        return new XlsxWriter()
            .Add(SummaryTable(summary, words))
            .Add(ItemsTable(items, words))
            .ToBytes();
    }

    private static XlsxWriter.Sheet SummaryTable(SurveySummary summary, SurveyExportWords words)
    {
        string Line(RespondentGroup group, GroupSummary counts) =>
            string.Format(CultureInfo.InvariantCulture, words.GroupLineFormat, words.Group(group), counts.Total, SectionCounts(counts, words));
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { string.Format(CultureInfo.InvariantCulture, words.SummaryTitleFormat, summary.Title) },
            new object?[] { Line(RespondentGroup.Municipal, summary.Municipal) },
            new object?[] { Line(RespondentGroup.Prefectural, summary.Departments) },
            Array.Empty<object?>(),
            words.SummaryHeader.Cast<object?>().ToList(),
        };
        var bold = new HashSet<int> { 0, 4 };
        for (var s = 0; s < summary.Municipal.Sections.Count; s++)
        {
            var municipal = summary.Municipal.Sections[s];
            var prefectural = summary.Departments.Sections[s];
            for (var c = 0; c < municipal.Categories.Count; c++)
            {
                var category = municipal.Categories[c];
                rows.Add([words.Section(municipal.Section), category.Label, category.Count, category.AlsoRaisedByDepartments ? "*" : null, prefectural.Categories[c].Count]);
            }
            bold.Add(rows.Count);
            rows.Add([string.Format(CultureInfo.InvariantCulture, words.SectionTotalFormat, words.Section(municipal.Section)), null, municipal.Count, null, prefectural.Count]);
        }
        bold.Add(rows.Count);
        rows.Add([words.Total, null, summary.Municipal.Total, null, summary.Departments.Total]);
        rows.Add(Array.Empty<object?>());
        rows.Add([words.Footnote]);
        return new XlsxWriter.Sheet(words.SummarySheet, rows, [26, 60, 14, 16, 12], bold);
    }

    private static XlsxWriter.Sheet ItemsTable(IReadOnlyList<SubmittedItemRow> items, SurveyExportWords words)
    {
        var rows = new List<IReadOnlyList<object?>> { words.ItemHeader.Cast<object?>().ToList() };
        rows.AddRange(items.Select(i => SurveyItemsCsv.Fields(i, words)));
        return new XlsxWriter.Sheet(words.ItemsSheet, rows, [18, 30, 8, 22, 40, 36, 8, 30, 50, 40, 24, 22], new HashSet<int> { 0 });
    }

    private static string SectionCounts(GroupSummary group, SurveyExportWords words) =>
        string.Join(words.ListSeparator, group.Sections.Select(s => string.Format(CultureInfo.InvariantCulture, words.SectionCountFormat, words.Section(s.Section), s.Count)));
}
