namespace Renkei.Core.Organisations;

/// <summary>
/// One column of the 補足資料's table for a year every municipality has a figure for: the prefecture, 市部 and 町村部,
/// the change since the previous such year, and the small municipalities (町村) by band.
/// </summary>
public sealed record PopulationYear(
    int Year, bool IsProjection, int Prefecture, int Cities, int TownsAndVillages,
    int? PrefectureChange, int? CitiesChange, int? TownsAndVillagesChange,
    decimal? PrefectureRate, decimal? CitiesRate, decimal? TownsAndVillagesRate,
    int Under5000, int From5000To10000, IReadOnlyList<string> Under5000Names);
