namespace Renkei.Core.Grants;

public sealed record DisbursementView(int Id, DateOnly PaidOn, long Amount);
