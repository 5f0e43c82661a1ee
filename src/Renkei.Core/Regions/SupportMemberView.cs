namespace Renkei.Core.Regions;

public sealed record SupportMemberView(int Id, string Office, string Department, string Post, IReadOnlyList<SupportField> Fields, string? Contact, uint Version);
