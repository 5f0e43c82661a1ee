namespace Renkei.Core.Cases;

public sealed record CaseResultView(string Indicator, string? Before, string? After, string? Source);
