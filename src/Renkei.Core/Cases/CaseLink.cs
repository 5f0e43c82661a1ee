namespace Renkei.Core.Cases;

/// <summary>A theme, arrangement or meeting the case refers to, with the name to show.</summary>
public sealed record CaseLink(int Id, string Name);
