namespace Renkei.Core.Indicators;

/// <summary>The latest approved actual, the target of its year, the share of the way there, the status and the ratio behind it.</summary>
public sealed record IndicatorProgressResult(ProgressStatus Status, int? LatestYear, decimal? LatestValue, decimal? TargetOfYear, decimal? AchievedPercent, double? Ratio)
{
    /// <summary>Behind target: moving, but too slowly or the wrong way.</summary>
    public bool IsBehind => Status is ProgressStatus.Moderate or ProgressStatus.Limited or ProgressStatus.Deterioration;
}
