namespace Renkei.Core.Indicators;

/// <summary>Open SDG's categories, and no data where nothing approved can be measured.</summary>
public enum ProgressStatus
{
    TargetAchieved = 1,
    OnTrack = 2,
    Moderate = 3,
    Limited = 4,
    Deterioration = 5,
    NoData = 6,
}
