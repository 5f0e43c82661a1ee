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
