namespace Renkei.Core.Organisations;

/// <summary>
/// One column of the 補足資料's table for a year every municipality has a figure for: the prefecture, 市部 and 町村部,
/// the change since the previous such year, the small municipalities (町村) by band, and — where every municipality's
/// share is entered — the prefecture's 高齢化率 (weighted by population) and the municipalities by 高齢化率 band (図表2).
/// </summary>
public sealed record PopulationYear(
    int Year, bool IsProjection, int Prefecture, int Cities, int TownsAndVillages,
    int? PrefectureChange, int? CitiesChange, int? TownsAndVillagesChange,
    decimal? PrefectureRate, decimal? CitiesRate, decimal? TownsAndVillagesRate,
    int Under5000, int From5000To10000, IReadOnlyList<string> Under5000Names,
    decimal? ElderlyShare = null, int? Elderly45OrMore = null, int? Elderly40To45 = null)
{
    /// <summary>The 高齢化率 rows are shown only for a year every municipality has its share entered for.</summary>
    public bool HasElderlyShares => ElderlyShare is not null;
}
