namespace Renkei.Core.Arrangements;

/// <summary>A party to add: an organisation of the prefecture, the prefecture itself, or another arrangement (exactly one).</summary>
public sealed record MemberInput(int? OrganisationId, bool IsPrefecture, int? PartyArrangementId, MemberRole Role, DateOnly? From, DateOnly? Until = null);
