using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Renkei.Core.Calendar;
using Renkei.Core.Common;

namespace Renkei.Core.Arrangements;

/// <summary>
/// The registry as CSV (共同処理 records): one arrangement per line. 構成団体 lists the parties separated by 「、」 or
/// spaces — a municipality by its 団体コード, 「県」 for the prefecture, or the name of an arrangement (in the registry or
/// on another line); for 事務の委託 「委託元>委託先」; for a 圏域 the first is the 中心市. Dates as 2017-04-01 or 2017/4/1.
/// </summary>
public static class ArrangementCsv
{
    public const int MaxRows = 5_000;

    public static readonly (string Japanese, string English)[] Columns =
    [
        ("方式", "type"), ("名称", "name"), ("事務の種類", "kinds_of_work"), ("構成団体", "members"),
        ("設立日", "established_on"), ("解散日", "dissolved_on"), ("備考", "note"),
    ];

    public const string PrefectureToken = "県";

    /// <summary>A party as written: a code, the prefecture, or an arrangement's name, with its role.</summary>
    public sealed record Party(string Token, MemberRole Role);

    public sealed record Row(int Line, ArrangementType Type, string Name, string[] KindsOfWork, IReadOnlyList<Party> Parties, DateOnly? EstablishedOn, DateOnly? DissolvedOn, string? Note);

    public static IReadOnlyList<Row> Read(Stream stream)
    {
        var (csv, index) = CsvTable.Open(stream, Columns);
        using var reader = csv;
        var rules = new TextRules();
        var rows = new List<Row>();
        while (csv.Read())
        {
            if (csv.Parser.Record is not { } record || record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (rows.Count >= MaxRows)
            {
                rules.Add("File", $"1回に取り込めるのは{MaxRows:N0}行までです。ファイルを分けてください。");
                break;
            }
            string Field(int column) => index[column] < record.Length ? record[index[column]].Trim() : "";
            var prefix = $"{csv.Parser.RawRow}行目: ";
            var type = ParseType(rules, prefix, Field(0));
            var name = Field(1);
            if (name.Length == 0)
            {
                rules.Add("File", $"{prefix}名称が空です。");
            }
            else if (name.Length > 200)
            {
                rules.Add("File", $"{prefix}名称は200文字以内にしてください。");
            }
            var kinds = Split(Field(2));
            foreach (var unknown in kinds.Where(k => !KindsOfWork.All.Contains(k)))
            {
                rules.Add("File", $"{prefix}事務の種類「{unknown}」は一覧にありません。");
            }
            var parties = ParseParties(rules, prefix, type, Field(3));
            var established = ParseDate(rules, prefix, "設立日", Field(4));
            var dissolved = ParseDate(rules, prefix, "解散日", Field(5));
            if (established is { } from && dissolved is { } to && to <= from)
            {
                rules.Add("File", $"{prefix}解散日は設立日より後にしてください。");
            }
            var note = Field(6);
            rows.Add(new Row(csv.Parser.RawRow, type ?? default, name, kinds, parties, established, dissolved, note.Length == 0 ? null : note));
        }
        if (rows.Count == 0 && !rules.HasErrors)
        {
            rules.Add("File", "取り込むデータ行がありません。");
        }
        rules.ThrowIfInvalid();
        return rows;
    }

    /// <summary>
    /// The registry in the same columns, UTF-8 with BOM so that Excel opens it; formulas neutralised as in the survey's
    /// CSV. For a reader of another language the headings are the columns' English names and the types the API's names
    /// (both of which the import reads), so the file goes back in whoever imports it.
    /// </summary>
    public static byte[] Write(IEnumerable<(ArrangementType Type, string Name, IReadOnlyList<string> Kinds, IReadOnlyList<Party> Parties, DateOnly? EstablishedOn, DateOnly? DissolvedOn, string? Note)> rows, Wording wording)
    {
        Func<ArrangementType, string> typeName = wording.IsJapanese ? t => t.ToJapanese() : t => t.ToString();
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var column in Columns)
            {
                csv.WriteField(wording.IsJapanese ? column.Japanese : column.English);
            }
            csv.NextRecord();
            foreach (var r in rows)
            {
                foreach (var cell in Cells(r.Type, typeName(r.Type), r.Name, r.Kinds, r.Parties, r.EstablishedOn, r.DissolvedOn, r.Note))
                {
                    csv.WriteField(cell);
                }
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    /// <summary>One arrangement in the import's columns (the workbook uses them too, with names for the parties).</summary>
    internal static string[] Cells(ArrangementType type, string typeName, string name, IReadOnlyList<string> kinds, IReadOnlyList<Party> parties, DateOnly? establishedOn, DateOnly? dissolvedOn, string? note) =>
    [
        typeName, name, string.Join("、", kinds), Parties(type, parties),
        establishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", dissolvedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", note ?? "",
    ];

    private static string Parties(ArrangementType type, IReadOnlyList<Party> parties) => type == ArrangementType.Entrustment
        ? $"{string.Join("、", parties.Where(p => p.Role == MemberRole.Entruster).Select(p => p.Token))}>{string.Join("、", parties.Where(p => p.Role == MemberRole.Entrustee).Select(p => p.Token))}"
        : string.Join("、", parties.OrderBy(p => p.Role == MemberRole.CentralCity ? 0 : 1).Select(p => p.Token));

    private static string[] Split(string text) =>
        text.Split(['、', '・', '|', ';', ' ', '　'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();

    private static ArrangementType? ParseType(TextRules rules, string prefix, string text)
    {
        foreach (var type in Enum.GetValues<ArrangementType>())
        {
            if (text == type.ToJapanese() || string.Equals(text, type.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }
        rules.Add("File", $"{prefix}方式「{text}」が分かりません。{string.Join("・", Enum.GetValues<ArrangementType>().Select(t => t.ToJapanese()))}のいずれかを入力してください。");
        return null;
    }

    private static List<Party> ParseParties(TextRules rules, string prefix, ArrangementType? type, string text)
    {
        var parties = new List<Party>();
        if (type == ArrangementType.Entrustment)
        {
            var sides = text.Split(['>', '＞']);
            if (sides.Length != 2 || Split(sides[0]).Length == 0 || Split(sides[1]).Length == 0)
            {
                rules.Add("File", $"{prefix}事務の委託の構成団体は「委託元>委託先」の形で入力してください（例：062090>県）。");
                return parties;
            }
            parties.AddRange(Split(sides[0]).Select(t => new Party(t, MemberRole.Entruster)));
            parties.AddRange(Split(sides[1]).Select(t => new Party(t, MemberRole.Entrustee)));
            return parties;
        }
        var tokens = Split(text);
        if (tokens.Length == 0)
        {
            rules.Add("File", $"{prefix}構成団体が空です。");
        }
        parties.AddRange(tokens.Select((t, i) => new Party(t, i == 0 && type is { } k && k.IsArea() ? MemberRole.CentralCity : MemberRole.Member)));
        return parties;
    }

    private static DateOnly? ParseDate(TextRules rules, string prefix, string label, string text)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && SaneDates.Contains(day))
        {
            return day;
        }
        rules.Add("File", $"{prefix}{label}「{text}」は日付（例：2017-04-01）ではありません。");
        return null;
    }
}
