namespace Renkei.Core.Grants;

public sealed record GrantListItem(int Id, int FiscalYear, GrantState State, long AmountAppliedFor, long? AmountAwarded, long AmountDisbursed, long? AmountUsed);
