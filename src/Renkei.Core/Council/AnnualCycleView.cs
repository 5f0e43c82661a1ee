namespace Renkei.Core.Council;

/// <summary>A fiscal year's schedule; <see cref="CanManage"/>: the caller generates it, dates its meetings and ticks its milestones.</summary>
public sealed record AnnualCycleView(int FiscalYear, bool Generated, IReadOnlyList<AnnualCycleItemView> Items, bool CanManage = false);
