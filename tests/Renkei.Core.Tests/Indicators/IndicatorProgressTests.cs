using Renkei.Core.Indicators;

namespace Renkei.Core.Tests.Indicators;

/// <summary>Worked examples of the observed-versus-required growth method, for both directions and for values where a compound rate is not defined.</summary>
public class IndicatorProgressTests
{
    private static readonly Dictionary<int, decimal> VolunteerTargets = new() { [2017] = 660, [2018] = 740, [2019] = 820, [2020] = 900 };

    private static IndicatorProgressResult Volunteers(decimal latest) => IndicatorProgress.Of(IndicatorKind.Quantity, IndicatorDirection.HigherIsBetter,
        516, 2015, VolunteerTargets, 900, 2020, [(2016, 600), (2017, latest)]);

    [Theory]
    // 除雪ボランティア 516人 (H27) → 900人 (H32): required (900/516)^(1/5) − 1 = 11.77 % a year.
    [InlineData(660, ProgressStatus.OnTrack, 1.113)]       // (660/516)^(1/2) − 1 = 13.10 %
    [InlineData(600, ProgressStatus.Moderate, 0.666)]      // 7.83 %
    [InlineData(560, ProgressStatus.Limited, 0.355)]       // 4.18 %
    [InlineData(500, ProgressStatus.Deterioration, -0.133)]
    public void Higher_is_better_compares_compound_growth_with_the_growth_the_target_needs(double latest, ProgressStatus status, double ratio)
    {
        var progress = Volunteers((decimal)latest);
        Assert.Equal((status, ratio), (progress.Status, progress.Ratio!.Value));
        Assert.Equal((2017, 660m), (progress.LatestYear!.Value, progress.TargetOfYear!.Value)); // the latest approved year and its target
    }

    [Fact]
    public void Reaching_the_final_target_is_target_achieved_and_the_share_of_the_years_target_is_shown()
    {
        var progress = Volunteers(950);
        Assert.Equal(ProgressStatus.TargetAchieved, progress.Status);
        Assert.Equal(301.4m, progress.AchievedPercent); // (950 − 516) / (660 − 516): the share of the way to the year's target
        Assert.Equal(50.0m, Volunteers(588).AchievedPercent);
    }

    [Theory]
    // 雪害による死亡者数 3人 (H27年度) → 0人 (H32): a target of 0 has no compound rate, so change per year: required −0.6 a year.
    [InlineData(1, ProgressStatus.OnTrack, 1.667)]
    [InlineData(2, ProgressStatus.Moderate, 0.833)]
    [InlineData(3, ProgressStatus.Limited, 0.0)]
    [InlineData(4, ProgressStatus.Deterioration, -0.833)]
    public void Lower_is_better_counts_a_fall_as_progress(int deaths, ProgressStatus status, double ratio)
    {
        var progress = IndicatorProgress.Of(IndicatorKind.Quantity, IndicatorDirection.LowerIsBetter, 3, 2015, new Dictionary<int, decimal>(), 0, 2020, [(2017, deaths)]);
        Assert.Equal((status, ratio), (progress.Status, progress.Ratio!.Value));
        Assert.Equal(ProgressStatus.TargetAchieved,
            IndicatorProgress.Of(IndicatorKind.Quantity, IndicatorDirection.LowerIsBetter, 3, 2015, new Dictionary<int, decimal>(), 0, 2020, [(2018, 0)]).Status);
    }

    [Fact]
    public void A_balance_below_zero_moves_by_its_change_per_year()
    {
        // 県外からの転入者数−転出者数 △3,639人 (H28年) → △2,000人 (H32): required +409.75 a year; △3,000 two years on is +319.5.
        var progress = IndicatorProgress.Of(IndicatorKind.Quantity, IndicatorDirection.HigherIsBetter, -3_639, 2016, new Dictionary<int, decimal>(), -2_000, 2020, [(2018, -3_000)]);
        Assert.Equal((ProgressStatus.Moderate, 0.78), (progress.Status, progress.Ratio!.Value));
        Assert.True(progress.IsBehind);
    }

    [Fact]
    public void Nothing_approved_is_no_data_and_a_milestone_is_reached_or_not()
    {
        Assert.Equal(ProgressStatus.NoData, IndicatorProgress.Of(IndicatorKind.Quantity, IndicatorDirection.HigherIsBetter, 516, 2015, VolunteerTargets, 900, 2020, []).Status);
        Assert.False(IndicatorProgress.Of(IndicatorKind.Quantity, IndicatorDirection.HigherIsBetter, 516, 2015, VolunteerTargets, 900, 2020, []).IsBehind);
        Assert.Equal(ProgressStatus.TargetAchieved, IndicatorProgress.Of(IndicatorKind.Milestone, IndicatorDirection.HigherIsBetter, null, null, new Dictionary<int, decimal>(), 1, 2017, [(2017, 1)]).Status);
        Assert.Equal(ProgressStatus.Limited, IndicatorProgress.Of(IndicatorKind.Milestone, IndicatorDirection.HigherIsBetter, null, null, new Dictionary<int, decimal>(), 1, 2017, [(2017, 0)]).Status);
    }
}
