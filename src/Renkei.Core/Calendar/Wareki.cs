using System.Globalization;

namespace Renkei.Core.Calendar;

/// <summary>Japanese era dates (和暦) through .NET's <see cref="JapaneseCalendar"/>, always with the Gregorian year beside them.</summary>
public static class Wareki
{
    private static readonly JapaneseCalendar Calendar = new();
    private static readonly CultureInfo JapaneseCulture = CreateCulture();
    private static readonly TimeZoneInfo Japan = FindJapanTimeZone();

    private static CultureInfo CreateCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ja-JP").Clone();
        culture.DateTimeFormat.Calendar = Calendar;
        return culture;
    }

    private static TimeZoneInfo FindJapanTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("JST", TimeSpan.FromHours(9), "JST", "JST");
        }
    }

    public static DateTimeOffset ToJapanTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Japan);

    /// <summary>The era name and the year in it (1 = 元年).</summary>
    public static (string Era, int Year) EraAndYear(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        var era = Calendar.GetEra(dateTime);
        return (JapaneseCulture.DateTimeFormat.GetEraName(era), Calendar.GetYear(dateTime));
    }

    /// <summary>令和8年, 令和元年.</summary>
    public static string EraYear(DateOnly date)
    {
        var (era, year) = EraAndYear(date);
        return year == 1 ? $"{era}元年" : $"{era}{year}年";
    }

    /// <summary>令和8年11月23日 (2026).</summary>
    public static string FormatDate(DateOnly date) => $"{EraYear(date)}{date.Month}月{date.Day}日 ({date.Year})";

    /// <summary>令和8年11月23日 (2026) 14:05, in Japan time.</summary>
    public static string FormatDateTime(DateTimeOffset instant)
    {
        var local = ToJapanTime(instant);
        return $"{FormatDate(DateOnly.FromDateTime(local.DateTime))} {local:HH:mm}";
    }

    /// <summary>For English pages: 23 Nov 2026 (Reiwa 8).</summary>
    public static string FormatDateEnglish(DateOnly date)
    {
        var (era, year) = EraAndYear(date);
        return $"{date.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} ({RomanEraName(era)} {year})";
    }

    public static string FormatDate(DateOnly date, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "ja" ? FormatDate(date) : FormatDateEnglish(date);

    /// <summary>Where only the month is known: 平成23年11月 (2011) / Nov 2011 (Heisei 23).</summary>
    public static string FormatMonth(DateOnly date, CultureInfo culture)
    {
        if (culture.TwoLetterISOLanguageName == "ja")
        {
            return $"{EraYear(date)}{date.Month}月 ({date.Year})";
        }
        var (era, year) = EraAndYear(date);
        return $"{date.ToString("MMM yyyy", CultureInfo.InvariantCulture)} ({RomanEraName(era)} {year})";
    }

    public static string RomanEraName(string era) => era switch
    {
        "令和" => "Reiwa",
        "平成" => "Heisei",
        "昭和" => "Showa",
        "大正" => "Taisho",
        "明治" => "Meiji",
        _ => era,
    };
}
