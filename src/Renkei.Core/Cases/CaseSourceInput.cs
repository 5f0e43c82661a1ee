namespace Renkei.Core.Cases;

public sealed record CaseSourceInput(string Title, string? Url);
