using Renkei.Core.Common;
using Renkei.Core.Data.Seed;
using Renkei.Core.Organisations;

namespace Renkei.Core.Tenancy;

/// <summary>
/// A prefecture's 総合支庁 (or 振興局), their 連携支援室 and the municipalities each serves, as a CSV shaped like the
/// Yamagata one (local_government_code, name, region, branch_office, support_office; Japanese headings accepted).
/// Each row is checked against the national list: the code must be one of the prefecture's municipalities and the name
/// the one the list gives, so a slip of a digit is caught rather than stored.
/// </summary>
public static class OfficesCsv
{
    public const int MaxRows = 500;

    public static readonly (string Japanese, string English)[] Columns =
    [
        ("団体コード", "local_government_code"),
        ("団体名", "name"),
        ("地域", "region"),
        ("総合支庁", "branch_office"),
        ("連携支援室", "support_office"),
    ];

    public sealed record Row(LocalGovernmentCode Code, string Region, string BranchOffice, string SupportOffice);

    /// <summary>The rows, or a 400 on <c>File</c> naming every line that is wrong (at most 20 lines are named).</summary>
    public static IReadOnlyList<Row> Read(Stream stream, IReadOnlyList<LocalGovernmentList.Row> prefecture)
    {
        var (csv, index) = CsvTable.Open(stream, Columns);
        using var reader = csv;
        var municipalities = prefecture.Where(r => !r.IsPrefecture).ToDictionary(r => r.Code.Value);
        var rules = new TextRules();
        var errors = 0;
        var rows = new List<Row>();
        var seen = new HashSet<string>();
        var branchOf = new Dictionary<string, string>();
        void Refuse(string message)
        {
            if (++errors <= 20)
            {
                rules.Add("File", message);
            }
        }
        while (csv.Read())
        {
            if (csv.Parser.Record is not { } record || record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (rows.Count >= MaxRows)
            {
                Refuse($"1回に取り込めるのは{MaxRows:N0}行までです。");
                break;
            }
            string Field(int column) => index[column] < record.Length ? record[index[column]].Trim() : "";
            var prefix = $"{csv.Parser.RawRow}行目: ";
            var (codeText, name, region, branch, support) = (Field(0), Field(1), Field(2), Field(3), Field(4));
            if (!LocalGovernmentCode.TryParse(codeText, out var code, out var codeError))
            {
                Refuse(prefix + codeError);
                continue;
            }
            if (!municipalities.TryGetValue(code.Value, out var listed))
            {
                Refuse($"{prefix}団体コード {codeText} は{prefecture.First(r => r.IsPrefecture).Name}の市町村ではありません。");
                continue;
            }
            if (name.Length > 0 && name != listed.Name)
            {
                Refuse($"{prefix}団体コード {codeText} は「{listed.Name}」です（「{name}」と書かれています）。");
            }
            if (!seen.Add(code.Value))
            {
                Refuse($"{prefix}{listed.Name}が2回書かれています。");
            }
            foreach (var (label, text) in new[] { ("地域", region), ("総合支庁", branch), ("連携支援室", support) })
            {
                if (text.Length == 0)
                {
                    Refuse($"{prefix}{label}を入力してください。");
                }
                else if (text.Length > 100)
                {
                    Refuse($"{prefix}{label}は100文字以内にしてください。");
                }
            }
            if (support.Length > 0 && branch.Length > 0 && !branchOf.TryAdd(support, branch) && branchOf[support] != branch)
            {
                Refuse($"{prefix}連携支援室「{support}」は「{branchOf[support]}」の室として書かれています。1つの室は1つの総合支庁に属します。");
            }
            if (support.Length > 0 && support == branch)
            {
                Refuse($"{prefix}連携支援室には総合支庁と別の名前を入れてください。");
            }
            rows.Add(new Row(code, region, branch, support));
        }
        if (errors > 20)
        {
            rules.Add("File", $"ほかに{errors - 20}件の誤りがあります。");
        }
        rules.ThrowIfInvalid();
        return rows;
    }
}
