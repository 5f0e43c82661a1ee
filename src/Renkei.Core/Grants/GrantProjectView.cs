namespace Renkei.Core.Grants;

public sealed record GrantProjectView(int Id, VisionField Field, string Name, long? PlannedAmount, string? Result, long? AmountUsed);
