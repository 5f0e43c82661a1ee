using Renkei.Core.Auditing;
using Renkei.Core.Organisations;

namespace Renkei.Core.Arrangements;

/// <summary>
/// A party of an arrangement from one day until another: a municipality (or another organisation of the prefecture),
/// the prefecture itself, or another arrangement (a 一部事務組合 that takes entrusted work). Exactly one is set.
/// A day not entered stays empty: the party counts as a member until a known day says otherwise.
/// </summary>
public class ArrangementMember : IAudited
{
    public int Id { get; set; }
    public int ArrangementId { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public bool IsPrefecture { get; set; }
    public int? PartyArrangementId { get; set; }
    public Arrangement? PartyArrangement { get; set; }
    public MemberRole Role { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? Until { get; set; }

    public bool IsMemberOn(DateOnly day) => (From is null || From <= day) && (Until is null || day <= Until);
}
