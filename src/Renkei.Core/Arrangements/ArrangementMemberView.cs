namespace Renkei.Core.Arrangements;

/// <summary>A party as shown: its name (an organisation, 山形県, or the arrangement that takes the work), role and days.</summary>
public sealed record ArrangementMemberView(int Id, int? OrganisationId, int? PartyArrangementId, bool IsPrefecture, string Name, MemberRole Role, DateOnly? From, DateOnly? Until);
