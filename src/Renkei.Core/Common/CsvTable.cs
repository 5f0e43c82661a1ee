using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Renkei.Core.Common;

/// <summary>
/// What every CSV import shares: UTF-8 (with or without BOM; anything else is refused with a hint for Excel), a header
/// row whose columns are found by their Japanese or English names, and trimmed fields.
/// </summary>
public static class CsvTable
{
    /// <summary>
    /// A reader positioned after the header, and where each of <paramref name="columns"/> is in a record; the last
    /// <paramref name="optional"/> columns may be absent (index −1), so files made before they were added still import.
    /// </summary>
    public static (CsvReader Reader, int[] Index) Open(Stream stream, (string Japanese, string English)[] columns, int optional = 0)
    {
        var header = string.Join(",", columns.Select(c => c.Japanese));
        string text;
        try
        {
            using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new ValidationException("File", "ファイルの文字コードが UTF-8 ではありません。Excel では「CSV UTF-8（コンマ区切り）」で保存してください。");
        }
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = true, TrimOptions = TrimOptions.Trim, BadDataFound = null };
        var csv = new CsvReader(new StringReader(text), config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } names)
        {
            throw new ValidationException("File", $"ファイルが空です。1行目に見出し（{header}）を入れてください。");
        }
        var trimmed = names.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var index = new int[columns.Length];
        var missing = new List<string>();
        for (var i = 0; i < columns.Length; i++)
        {
            index[i] = Array.FindIndex(trimmed, n => n == columns[i].Japanese || string.Equals(n, columns[i].English, StringComparison.OrdinalIgnoreCase));
            if (index[i] < 0 && i < columns.Length - optional)
            {
                missing.Add(columns[i].Japanese);
            }
        }
        if (missing.Count > 0)
        {
            throw new ValidationException("File", $"1行目の見出しに「{string.Join("」「", missing)}」がありません。見出しは {header} としてください。");
        }
        return (csv, index);
    }
}
