namespace Renkei.Core.Council;

/// <summary>A meeting, its body and the day it counts for (<see cref="Meeting.DayOf"/>): what deciding who reads its materials needs.</summary>
internal sealed record MeetingDay(int MeetingId, int BodyId, DateOnly Day);
