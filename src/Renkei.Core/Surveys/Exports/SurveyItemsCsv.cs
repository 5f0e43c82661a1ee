using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Renkei.Core.Surveys.Exports;

/// <summary>The submitted items as CSV in UTF-8 with a BOM, so Excel opens the Japanese text correctly; formulas are neutralised.</summary>
public static class SurveyItemsCsv
{
    public static readonly IReadOnlyList<object?> Header =
        ["回答者区分", "団体名", "地域", "連携の種類", "区分", "連携が必要な施策・業務", "緊急性", "想定される連携の形", "連携の内容", "課題", "連携希望先", "提出日時"];

    public static IReadOnlyList<object?> Fields(SubmittedItemRow item) =>
    [
        item.Group.ToJapanese(), item.OrganisationName, item.Region, item.Section.ToJapanese(), item.CategoryLabel, item.Title,
        item.Urgency.ToJapanese(), item.Form, item.Content, item.Issues, string.Join("、", item.Partners), SurveyWorkbook.Submitted(item.SubmittedAt),
    ];

    public static byte[] Create(IReadOnlyList<SubmittedItemRow> items)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        // A title such as "=HYPERLINK(…)" must stay text when Excel opens the file.
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var row in items.Select(Fields).Prepend(Header))
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
