using Renkei.Core.Indicators;

namespace Renkei.Web.Components.Pages.Indicators;

/// <summary>How the indicator pages print values and years: 40拠点 (H28年度), △3,639人 (H28年) as the plans do.</summary>
public static class IndicatorFormat
{
    public static string Value(decimal? value, string unit) => value is { } v
        ? (v < 0 ? "△" : "") + Math.Abs(v).ToString(v == Math.Round(v) ? "N0" : "N1", CultureInfo.CurrentUICulture) + unit
        : "—";

    public static string Year(int? year, YearKind kind) => year is not { } y ? "—"
        : kind == YearKind.FiscalYear ? new FiscalYear(y).ToDisplay(CultureInfo.CurrentUICulture)
        : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? $"{Wareki.EraYear(new DateOnly(y, 12, 31))} ({y})" : y.ToString(CultureInfo.InvariantCulture);

    public static Color StatusColor(ProgressStatus status) => status switch
    {
        ProgressStatus.TargetAchieved or ProgressStatus.OnTrack => Color.Success,
        ProgressStatus.Moderate => Color.Warning,
        ProgressStatus.Limited or ProgressStatus.Deterioration => Color.Error,
        _ => Color.Default,
    };
}
