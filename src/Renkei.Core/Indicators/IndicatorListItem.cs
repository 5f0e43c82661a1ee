namespace Renkei.Core.Indicators;

public sealed record IndicatorListItem(
    int Id, string Name, string Unit, IndicatorKind Kind, IndicatorDirection Direction, string? Plan, string? OwnerName, YearKind YearKind,
    decimal? BaselineValue, int? BaselineYear, decimal? FinalTargetValue, int? FinalTargetYear, string? MilestoneLabel,
    IndicatorProgressResult Progress, int PendingValues);
