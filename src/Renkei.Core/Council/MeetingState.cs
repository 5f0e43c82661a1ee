namespace Renkei.Core.Council;

public enum MeetingState
{
    /// <summary>予定.</summary>
    Planned = 1,

    /// <summary>次第確定.</summary>
    AgendaFixed = 2,

    /// <summary>開催済.</summary>
    Held = 3,

    /// <summary>議事録確定.</summary>
    MinutesConfirmed = 4,
}
