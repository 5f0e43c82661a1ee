using System.Globalization;
using System.Text.RegularExpressions;
using Renkei.Core.Calendar;

namespace Renkei.Web.Localization;

/// <summary>
/// Core writes dates and fiscal years into its messages the Japanese way (令和8年度 (2026), 令和8年11月23日 (2026) 14:05,
/// 平成23年11月 (2011)); in an English message they read as the English pages write them (FY2026 (Reiwa 8),
/// 23 Nov 2026 (Reiwa 8) 14:05, Nov 2011 (Heisei 23)). The Gregorian year Core always adds makes this exact.
/// </summary>
public static partial class EraDatesInEnglish
{
    public static string Apply(string message) =>
        message.Contains('(') ? EraDate().Replace(message, Rewrite) : message;

    private static string Rewrite(Match m)
    {
        var era = Wareki.RomanEraName(m.Groups["era"].Value);
        var eraYear = m.Groups["year"].Value == "元" ? "1" : m.Groups["year"].Value;
        var year = int.Parse(m.Groups["gregorian"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["fiscal"].Success)
        {
            return $"FY{year} ({era} {eraYear})";
        }
        var month = int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["day"].Success)
        {
            return $"{new DateOnly(year, month, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture)} ({era} {eraYear})";
        }
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        return DateOnly.TryParseExact($"{year:D4}-{month:D2}-{day:D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Wareki.FormatDateEnglish(date)
            : m.Value;
    }

    [GeneratedRegex(@"(?<era>令和|平成|昭和|大正|明治)(?<year>元|\d{1,2})年(?:(?<fiscal>度)|(?<month>\d{1,2})月(?:(?<day>\d{1,2})日)?) \((?<gregorian>\d{4})\)")]
    private static partial Regex EraDate();
}
