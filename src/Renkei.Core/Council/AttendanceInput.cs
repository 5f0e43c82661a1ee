namespace Renkei.Core.Council;

public sealed record AttendanceInput(int MembershipId, string? Note);
