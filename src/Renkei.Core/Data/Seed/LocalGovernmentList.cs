using Renkei.Core.Organisations;

namespace Renkei.Core.Data.Seed;

/// <summary>
/// Every local government of Japan (../shared/reference/local-governments.csv, embedded): code, name, reading,
/// prefecture and kind. Used to add a prefecture with its municipalities without typing them.
/// </summary>
public static class LocalGovernmentList
{
    public sealed record Row(LocalGovernmentCode Code, string Name, string Kana, string PrefectureCode, string Prefecture, string Kind)
    {
        public bool IsPrefecture => Kind == "prefecture";

        /// <summary>政令市 are cities; 特別区 are wards.</summary>
        public MunicipalityKind MunicipalityKind => Kind switch
        {
            "designated_city" or "city" => MunicipalityKind.City,
            "town" => MunicipalityKind.Town,
            "village" => MunicipalityKind.Village,
            "ward" or "special_ward" => MunicipalityKind.Ward,
            _ => throw new FormatException($"団体区分「{Kind}」は市町村ではありません。"),
        };
    }

    /// <summary>The prefecture with the two-digit <paramref name="prefectureCode"/> and its municipalities, in code order.</summary>
    public static IReadOnlyList<Row> Of(string prefectureCode) => All().Where(r => r.PrefectureCode == prefectureCode).OrderBy(r => r.Code.Value, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<Row> All() =>
        EmbeddedCsv.Rows("local-governments.csv").Select(f => new Row(LocalGovernmentCode.Parse(f[0]), f[1], f[2], f[3], f[4], f[5])).ToList();
}
