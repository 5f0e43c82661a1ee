namespace Renkei.Core.Council;

/// <summary>
/// The steps of a meeting: 予定 → 次第確定 (or back, to reopen the agenda) → 開催済 → 議事録確定. The page offers these
/// and the services refuse any other move.
/// </summary>
public static class MeetingSteps
{
    public static IReadOnlyList<MeetingState> From(MeetingState state) => state switch
    {
        MeetingState.Planned => [MeetingState.AgendaFixed],
        MeetingState.AgendaFixed => [MeetingState.Held, MeetingState.Planned],
        MeetingState.Held => [MeetingState.MinutesConfirmed],
        _ => [],
    };
}
