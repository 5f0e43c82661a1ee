namespace Renkei.Core.Regions;

public sealed record SupportMemberInput(string? Department, string? Post, IReadOnlyList<SupportField> Fields, string? Contact);
