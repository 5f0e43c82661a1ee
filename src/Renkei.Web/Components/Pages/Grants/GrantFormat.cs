namespace Renkei.Web.Components.Pages.Grants;

/// <summary>How the grant pages print years, days and money in the reader's language.</summary>
public static class GrantFormat
{
    public static string Fy(int year) => new FiscalYear(year).ToDisplay(CultureInfo.CurrentUICulture);

    public static string Yen(long? amount) => amount is { } a ? string.Format(CultureInfo.CurrentUICulture, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? "{0:N0}円" : "¥{0:N0}", a) : "—";

    public static string Day(DateOnly? day, string notEntered) => day is { } d ? Wareki.FormatDate(d, CultureInfo.CurrentUICulture) : notEntered;

    public static DateOnly? Date(DateTime? picked) => picked is { } d ? DateOnly.FromDateTime(d) : null;

    public static DateTime? Picker(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue);
}
