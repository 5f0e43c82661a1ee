namespace Renkei.Core.Indicators;

/// <summary>One indicator with its targets, its actuals (approved and pending), its progress and what the actor may do.</summary>
public sealed record IndicatorView(
    int Id, string Name, string Unit, IndicatorKind Kind, IndicatorDirection Direction, string? Plan, int? OwnerDepartmentId, string? OwnerName,
    YearKind YearKind, decimal? BaselineValue, int? BaselineYear, string? BaselineNote, decimal? FinalTargetValue, int? FinalTargetYear,
    string? MilestoneLabel, IReadOnlyList<TargetInput> Targets, IReadOnlyList<IndicatorValueView> Values,
    IReadOnlyList<IndicatorThemeLink> Themes, IndicatorProgressResult Progress, bool CanManage, bool CanSubmit, uint Version)
{
    /// <summary>The years the chart spans: baseline to the last target or actual.</summary>
    public IReadOnlyList<int> ChartYears
    {
        get
        {
            var years = Targets.Select(t => t.Year).Concat(Values.Select(v => v.Year));
            if (BaselineYear is { } b) years = years.Append(b);
            if (FinalTargetYear is { } f) years = years.Append(f);
            var list = years.ToList();
            return list.Count == 0 ? [] : Enumerable.Range(list.Min(), list.Max() - list.Min() + 1).ToList();
        }
    }
}
