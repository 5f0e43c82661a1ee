namespace Renkei.Core.Indicators;

/// <summary>
/// The chart's points: the baseline and every year with an approved actual, each beside the target path of that year —
/// the year's own target where the plan sets one, else the straight line between the nearest years it does.
/// </summary>
public static class IndicatorChartPoints
{
    public sealed record Point(int Year, decimal Actual, decimal Target);

    public static IReadOnlyList<Point> Of(IndicatorView indicator)
    {
        if (indicator.BaselineValue is not { } baseline || indicator.BaselineYear is not { } baselineYear)
        {
            return [];
        }
        var known = new SortedDictionary<int, decimal> { [baselineYear] = baseline };
        foreach (var t in indicator.Targets)
        {
            known[t.Year] = t.Value;
        }
        if (indicator.FinalTargetValue is { } final && indicator.FinalTargetYear is { } finalYear)
        {
            known.TryAdd(finalYear, final);
        }
        var approved = indicator.Values.Where(v => v.State == ValueState.Approved && v.Year > baselineYear).OrderBy(v => v.Year);
        return approved.Select(v => new Point(v.Year, v.Value, PathAt(known, v.Year))).Prepend(new Point(baselineYear, baseline, baseline)).ToList();
    }

    private static decimal PathAt(SortedDictionary<int, decimal> known, int year)
    {
        if (known.TryGetValue(year, out var exact))
        {
            return exact;
        }
        var before = known.Where(k => k.Key < year).Select(k => (KeyValuePair<int, decimal>?)k).LastOrDefault();
        var after = known.Where(k => k.Key > year).Select(k => (KeyValuePair<int, decimal>?)k).FirstOrDefault();
        return (before, after) switch
        {
            ({ } b, { } a) => b.Value + (a.Value - b.Value) * (year - b.Key) / (a.Key - b.Key),
            ({ } b, null) => b.Value,
            (null, { } a) => a.Value,
            _ => 0,
        };
    }
}
