namespace Renkei.Core.Council;

public static class MeetingStateNames
{
    public static string ToJapanese(this MeetingState state) => state switch
    {
        MeetingState.Planned => "予定",
        MeetingState.AgendaFixed => "次第確定",
        MeetingState.Held => "開催済",
        MeetingState.MinutesConfirmed => "議事録確定",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}
