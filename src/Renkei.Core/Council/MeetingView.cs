namespace Renkei.Core.Council;

/// <summary>A meeting; <see cref="CanManage"/>: the caller dates it, keeps its agenda and moves it through <see cref="NextStates"/>.</summary>
public sealed record MeetingView(
    int Id, int BodyId, BodyKind BodyKind, string BodyName, int FiscalYear, int? Number, string Title, DateOnly TargetFrom, DateOnly TargetUntil,
    DateTimeOffset? StartsAt, string? Place, bool IsWritten, DateOnly? AnswerDeadline, MeetingState State, uint Version, string? OrderReason = null,
    bool CanManage = false)
{
    /// <summary>The states the caller may move the meeting to (none for those who do not manage it).</summary>
    public IReadOnlyList<MeetingState> NextStates => CanManage ? MeetingSteps.From(State) : [];

    /// <summary>The agenda is changed only before it is fixed.</summary>
    public bool CanEditAgenda => CanManage && State == MeetingState.Planned;

    /// <summary>
    /// The year's second 連携推進会議 decides the next year's work (年間スケジュール 2–3月), so its page lists the indicators
    /// behind target.
    /// </summary>
    public bool ReviewsIndicators => BodyKind == BodyKind.Council && Number == 2;
}
