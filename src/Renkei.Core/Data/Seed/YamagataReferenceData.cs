using Renkei.Core.Organisations;

namespace Renkei.Core.Data.Seed;

/// <summary>
/// Facts about Yamagata from the 県・市町村連携推進方針 (2018): its 総合支庁, the 連携支援室 and the
/// municipalities they serve (embedded CSV), and the prefectural posts of 別表1.
/// </summary>
public static class YamagataReferenceData
{
    public const string PrefectureName = "山形県";
    public static readonly LocalGovernmentCode PrefectureCode = LocalGovernmentCode.Parse("060003");
    public const string SecretariatName = "企画振興部 市町村課";

    public static readonly string[] BranchOffices = ["村山総合支庁", "最上総合支庁", "置賜総合支庁", "庄内総合支庁"];

    /// <summary>別表1: the prefectural bureaus and divisions represented on the council.</summary>
    public static readonly (string Bureau, string Division)[] Departments =
    [
        ("総務部", "人事課"),
        ("企画振興部", "企画調整課"),
        ("企画振興部", "市町村課"),
        ("環境エネルギー部", "環境企画課"),
        ("環境エネルギー部", "危機管理・くらし安心局危機管理課"),
        ("子育て推進部", "子育て支援課"),
        ("健康福祉部", "健康福祉企画課"),
        ("商工労働部", "産業政策課"),
        ("観光文化スポーツ部", "観光立県推進課"),
        ("農林水産部", "農政企画課"),
        ("県土整備部", "管理課"),
        ("会計局", "会計課"),
        ("監査委員事務局", "監査課"),
        ("人事委員会事務局", "職員課"),
        ("企業局", "総務企画課"),
        ("病院事業局", "県立病院課"),
        ("教育局", "総務課"),
        ("警察本部", "警務部総務企画課"),
    ];

    public sealed record MunicipalityRow(LocalGovernmentCode Code, string Name, MunicipalityKind Kind, string Region, string BranchOffice, string SupportOffice);

    /// <summary>The 35 municipalities, read from the CSV embedded in this assembly.</summary>
    public static IReadOnlyList<MunicipalityRow> Municipalities() =>
        EmbeddedCsv.Rows("yamagata-municipalities.csv")
            .Select(f => new MunicipalityRow(LocalGovernmentCode.Parse(f[0]), f[1], MunicipalityKindNames.FromJapanese(f[2]), f[3], f[4], f[5])).ToList();
}
