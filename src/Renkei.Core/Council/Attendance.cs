using Renkei.Core.Auditing;

namespace Renkei.Core.Council;

/// <summary>A seat of the roster that was taken at a meeting, with who came when it was not the post itself (代理).</summary>
public class MeetingAttendance : IAudited
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int MembershipId { get; set; }
    public string? Note { get; set; }
}

public sealed record AttendanceInput(int MembershipId, string? Note);

/// <summary>One seat of the meeting's roster and whether it was taken.</summary>
public sealed record AttendanceView(int MembershipId, int OrganisationId, string OrganisationName, string Post, bool Present, string? Note);

/// <summary>The roster of the meeting's day; <see cref="Recorded"/> is false until the secretariat records who came.</summary>
public sealed record AttendanceSheet(bool Recorded, IReadOnlyList<AttendanceView> Seats);
