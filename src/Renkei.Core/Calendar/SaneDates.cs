using Renkei.Core.Common;

namespace Renkei.Core.Calendar;

/// <summary>
/// The range of dates and fiscal years the portal accepts anywhere: days from 1889-04-01 (市制町村制: the oldest
/// 一部事務組合 and 事務の委託 the registry records) to 2100, fiscal years from 1989 (平成元年度). Outside it a date is a
/// typing mistake (0001-01-01, 9999-12-31) and would break the calendars built from it.
/// </summary>
public static class SaneDates
{
    public static readonly DateOnly First = new(1889, 4, 1);
    public static readonly DateOnly Last = new(2100, 12, 31);

    public const int FirstFiscalYear = 1989;
    public const int LastFiscalYear = 2100;

    public const string Message = "日付は1889年（明治22年）4月1日から2100年12月31日までの範囲で指定してください。";
    public const string FiscalYearMessage = "年度は1989年度から2100年度までの範囲で指定してください。";

    public static bool Contains(DateOnly date) => date >= First && date <= Last;

    public static bool ContainsFiscalYear(int fiscalYear) => fiscalYear is >= FirstFiscalYear and <= LastFiscalYear;

    /// <summary>Refuses a fiscal year outside the range, naming the field.</summary>
    public static void RequireFiscalYear(int fiscalYear, string field = "fiscalYear")
    {
        if (!ContainsFiscalYear(fiscalYear))
        {
            throw new ValidationException(field, FiscalYearMessage);
        }
    }

    /// <summary>Judged on the UTC day first: converting 9999-12-31 to Japan time would itself overflow.</summary>
    public static bool Contains(DateTimeOffset instant) =>
        Contains(DateOnly.FromDateTime(instant.UtcDateTime)) && Contains(DateOnly.FromDateTime(Wareki.ToJapanTime(instant).DateTime));
}
