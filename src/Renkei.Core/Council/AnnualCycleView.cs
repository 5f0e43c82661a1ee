namespace Renkei.Core.Council;

public sealed record AnnualCycleView(int FiscalYear, bool Generated, IReadOnlyList<AnnualCycleItemView> Items);
