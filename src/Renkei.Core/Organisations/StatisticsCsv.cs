using System.Globalization;
using Renkei.Core.Common;
using ValidationException = Renkei.Core.Common.ValidationException;

namespace Renkei.Core.Organisations;

/// <summary>
/// Reads the statistics CSV (UTF-8, header row; see docs/operations.md). Every row is checked and every
/// problem reported with its line number; the caller saves nothing unless all rows are good.
/// </summary>
public static class StatisticsCsv
{
    public const int MaxRows = 20_000;

    /// <summary>Column names, Japanese first; the English names are accepted too.</summary>
    public static readonly (string Japanese, string English)[] Columns =
    [
        ("団体コード", "code"),
        ("年", "year"),
        ("人口", "population"),
        ("高齢化率", "elderly_share"),
        ("一般行政部門職員数", "general_admin_staff"),
        ("土木技師数", "civil_engineers"),
        ("建築技師数", "architecture_engineers"),
        ("農林水産技師数", "agri_forestry_engineers"),
        ("推計", "projection"),
        ("面積", "area_km2"),
    ];

    public static string Header => string.Join(",", Columns.Select(c => c.Japanese));

    public sealed record Row(int Line, string Code, StatisticInput Input);

    public static IReadOnlyList<Row> Read(Stream stream)
    {
        var (csv, index) = CsvTable.Open(stream, Columns, optional: 1);
        using var reader = csv;

        var rules = new TextRules();
        var rows = new List<Row>();
        var seen = new Dictionary<(string, int), int>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (csv.Parser.Record is not { } record || record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (rows.Count >= MaxRows)
            {
                rules.Add("File", $"1回に取り込めるのは{MaxRows:N0}行までです。ファイルを分けてください。");
                break;
            }
            string Field(int column) => index[column] >= 0 && index[column] < record.Length ? record[index[column]] : "";
            var prefix = $"{line}行目: ";
            var code = Field(0);
            if (!LocalGovernmentCode.TryParse(code, out _, out var codeError))
            {
                rules.Add("File", prefix + codeError);
            }
            var year = ParseInt(rules, prefix, "年", Field(1), required: true) ?? 0;
            var population = ParseInt(rules, prefix, "人口", Field(2), required: true) ?? 0;
            var input = new StatisticInput(
                year, population,
                ParseDecimal(rules, prefix, "高齢化率", Field(3)),
                ParseInt(rules, prefix, "一般行政部門職員数", Field(4)),
                ParseInt(rules, prefix, "土木技師数", Field(5)),
                ParseInt(rules, prefix, "建築技師数", Field(6)),
                ParseInt(rules, prefix, "農林水産技師数", Field(7)),
                ParseFlag(rules, prefix, Field(8)),
                ParseDecimal(rules, prefix, "面積", Field(9)));
            var rowRules = new TextRules();
            input.Check(rowRules, prefix);
            foreach (var message in rowRules.Messages)
            {
                rules.Add("File", message);
            }
            if (seen.TryGetValue((code, year), out var firstLine))
            {
                rules.Add("File", $"{prefix}団体コード {code} の {year} 年は {firstLine} 行目と重複しています。");
            }
            else
            {
                seen[(code, year)] = line;
            }
            rows.Add(new Row(line, code, input));
        }
        if (rows.Count == 0 && !rules.HasErrors)
        {
            rules.Add("File", "取り込むデータ行がありません。");
        }
        rules.ThrowIfInvalid();
        return rows;
    }

    private static int? ParseInt(TextRules rules, string prefix, string label, string text, bool required = false)
    {
        var value = text.Replace(",", "", StringComparison.Ordinal).Trim();
        if (value.Length == 0)
        {
            if (required)
            {
                rules.Add("File", $"{prefix}{label}が空です。");
            }
            return null;
        }
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        rules.Add("File", $"{prefix}{label}「{text}」は整数ではありません。");
        return null;
    }

    private static decimal? ParseDecimal(TextRules rules, string prefix, string label, string text)
    {
        var value = text.TrimEnd('%').Trim();
        if (value.Length == 0)
        {
            return null;
        }
        if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        rules.Add("File", $"{prefix}{label}「{text}」は数値ではありません。");
        return null;
    }

    private static bool ParseFlag(TextRules rules, string prefix, string text)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "" or "0" or "false" or "実績":
                return false;
            case "1" or "true" or "推計":
                return true;
            default:
                rules.Add("File", $"{prefix}推計「{text}」は 0（実績）か 1（推計）で入力してください。");
                return false;
        }
    }
}
