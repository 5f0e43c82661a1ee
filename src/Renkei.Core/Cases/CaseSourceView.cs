namespace Renkei.Core.Cases;

public sealed record CaseSourceView(string Title, string? Url);
