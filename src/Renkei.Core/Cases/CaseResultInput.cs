namespace Renkei.Core.Cases;

public sealed record CaseResultInput(string Indicator, string? Before, string? After, string? Source);
