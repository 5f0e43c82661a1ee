namespace Renkei.Core.Regions;

/// <summary>The team of the caller's office (every office's for the secretariat), its requests (open first), and whether the caller keeps them.</summary>
public sealed record SupportTeamView(IReadOnlyList<SupportMemberView> Members, IReadOnlyList<SupportRequestView> Requests, bool CanEdit);
