namespace Renkei.Core.Indicators;

/// <summary>
/// Progress toward the target by the observed-versus-required growth method of Open SDG (Statistics Canada's
/// methodology): the growth since the baseline against the growth needed to reach the final target on time. Growth is
/// compound annual where baseline, target and latest value are all positive, and linear (change per year) otherwise
/// (a target of 0人, a balance below zero like △3,639人), since a compound rate is not defined there. Decision 0010.
/// </summary>
public static class IndicatorProgress
{
    public const double OnTrackRatio = 0.95;
    public const double ModerateRatio = 0.6;

    public static IndicatorProgressResult Of(
        IndicatorKind kind, IndicatorDirection direction, decimal? baseline, int? baselineYear, IReadOnlyDictionary<int, decimal> targets,
        decimal? finalTarget, int? finalYear, IReadOnlyList<(int Year, decimal Value)> approved)
    {
        if (approved.Count == 0)
        {
            return new(ProgressStatus.NoData, null, null, null, null, null);
        }
        var (year, value) = approved.MaxBy(a => a.Year);
        var ofYear = targets.TryGetValue(year, out var t) ? t : finalYear == year ? finalTarget : null;
        decimal? percent = ofYear is { } target && baseline is { } b && target != b
            ? Math.Round((value - b) / (target - b) * 100m, 1, MidpointRounding.AwayFromZero) : null;
        if (kind == IndicatorKind.Milestone)
        {
            return new(value >= 1 ? ProgressStatus.TargetAchieved : ProgressStatus.Limited, year, value, ofYear, null, null);
        }
        var (goal, goalYear) = finalTarget is { } f && finalYear is { } fy ? (f, fy)
            : targets.Count > 0 ? (targets.MaxBy(x => x.Key).Value, targets.Keys.Max()) : (default(decimal?), default(int?));
        if (goal is { } g && (direction == IndicatorDirection.HigherIsBetter ? value >= g : value <= g))
        {
            return new(ProgressStatus.TargetAchieved, year, value, ofYear, percent, null);
        }
        if (goal is not { } goalValue || goalYear is not { } tT || baseline is not { } y0 || baselineYear is not { } t0 || year <= t0 || tT <= t0)
        {
            return new(ProgressStatus.NoData, year, value, ofYear, percent, null);
        }
        var ratio = Ratio(direction, (double)y0, t0, (double)value, year, (double)goalValue, tT);
        var status = ratio switch
        {
            >= OnTrackRatio => ProgressStatus.OnTrack,
            >= ModerateRatio => ProgressStatus.Moderate,
            >= 0 => ProgressStatus.Limited,
            _ => ProgressStatus.Deterioration,
        };
        return new(status, year, value, ofYear, percent, Math.Round(ratio, 3));
    }

    /// <summary>R = d · observed / |required|: d is +1 when higher is better, −1 when lower is; a target already at the baseline needs no growth.</summary>
    private static double Ratio(IndicatorDirection direction, double y0, int t0, double yi, int ti, double yT, int tT)
    {
        var geometric = y0 > 0 && yi > 0 && yT > 0;
        var observed = geometric ? Math.Pow(yi / y0, 1.0 / (ti - t0)) - 1 : (yi - y0) / (ti - t0);
        var required = geometric ? Math.Pow(yT / y0, 1.0 / (tT - t0)) - 1 : (yT - y0) / (tT - t0);
        var d = direction == IndicatorDirection.HigherIsBetter ? 1 : -1;
        return required == 0 ? (d * observed >= 0 ? 1 : -1) : d * observed / Math.Abs(required);
    }
}
