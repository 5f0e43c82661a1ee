using System.Globalization;

namespace Renkei.Core.Calendar;

/// <summary>
/// 年度: April to March, named by the Gregorian year it starts in (FY2026 = 2026-04-01 … 2027-03-31).
/// </summary>
public readonly record struct FiscalYear(int StartYear) : IComparable<FiscalYear>
{
    public DateOnly FirstDay => new(StartYear, 4, 1);
    public DateOnly LastDay => new(StartYear + 1, 3, 31);

    public static FiscalYear Of(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public static FiscalYear Of(DateTimeOffset instant) => Of(DateOnly.FromDateTime(Wareki.ToJapanTime(instant).DateTime));

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>令和8年度. The era is the one in force on 1 May, so FY2019 is 令和元年度 as officially used.</summary>
    public string EraName => $"{Wareki.EraYear(new DateOnly(StartYear, 5, 1))}度";

    /// <summary>令和8年度 (2026).</summary>
    public string ToJapanese() => $"{EraName} ({StartYear})";

    /// <summary>FY2026 (Reiwa 8).</summary>
    public string ToEnglish()
    {
        var (era, year) = Wareki.EraAndYear(new DateOnly(StartYear, 5, 1));
        return $"FY{StartYear} ({Wareki.RomanEraName(era)} {year})";
    }

    public string ToDisplay(CultureInfo culture) => culture.TwoLetterISOLanguageName == "ja" ? ToJapanese() : ToEnglish();

    public int CompareTo(FiscalYear other) => StartYear.CompareTo(other.StartYear);

    public override string ToString() => ToJapanese();
}
