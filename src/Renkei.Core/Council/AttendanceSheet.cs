namespace Renkei.Core.Council;

/// <summary>The roster of the meeting's day; <see cref="Recorded"/> is false until the secretariat records who came.</summary>
public sealed record AttendanceSheet(bool Recorded, IReadOnlyList<AttendanceView> Seats);
