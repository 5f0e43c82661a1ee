namespace Renkei.Core.Council;

/// <summary>One seat of the meeting's roster and whether it was taken.</summary>
public sealed record AttendanceView(int MembershipId, int OrganisationId, string OrganisationName, string Post, bool Present, string? Note);
