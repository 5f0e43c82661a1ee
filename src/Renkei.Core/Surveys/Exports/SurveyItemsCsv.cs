using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Renkei.Core.Surveys.Exports;

/// <summary>The submitted items as CSV in UTF-8 with a BOM, so Excel opens the Japanese text correctly; formulas are neutralised.</summary>
public static class SurveyItemsCsv
{
    public static IReadOnlyList<object?> Fields(SubmittedItemRow item, SurveyExportWords words) =>
    [
        words.Group(item.Group), item.OrganisationName, item.Region, words.Section(item.Section), item.CategoryLabel, item.Title,
        words.Urgency(item.Urgency), item.Form, item.Content, item.Issues, string.Join(words.ListSeparator, item.Partners),
        item.SubmittedAt is { } at ? words.Submitted(at) : "",
    ];

    public static byte[] Create(IReadOnlyList<SubmittedItemRow> items, SurveyExportWords? words = null)
    {
        words ??= SurveyExportWords.Japanese;
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        // A title such as "=HYPERLINK(…)" must stay text when Excel opens the file.
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var row in items.Select(i => Fields(i, words)).Prepend(words.ItemHeader))
            {
                foreach (var field in row)
                {
                    csv.WriteField(field?.ToString() ?? "");
                }
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }
}
