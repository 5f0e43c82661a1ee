namespace Renkei.Core.Council;

public sealed record MemberView(int MembershipId, int OrganisationId, string OrganisationName, string Post, DateOnly From, DateOnly? Until);

/// <summary>A body with its members on a day; <see cref="CanEdit"/> when the caller keeps its roster.</summary>
public sealed record BodyView(int Id, BodyKind Kind, string Name, string ChairPost, int? ThemeId, IReadOnlyList<MemberView> Members, bool CanEdit = false);

public enum CycleItemStatus
{
    Done = 1,
    Due = 2,
    Late = 3,
    Upcoming = 4,
}

/// <summary>A line of the year's timeline: a meeting or a milestone, with where it stands today.</summary>
public sealed record CycleItemView(
    string Title, BodyKind? Body, int? MeetingId, MeetingState? MeetingState, int? MilestoneId, DateOnly TargetFrom, DateOnly TargetUntil,
    DateTimeOffset? StartsAt, DateOnly? DoneOn, CycleItemStatus Status);

public sealed record CycleView(int FiscalYear, bool Generated, IReadOnlyList<CycleItemView> Items);

/// <summary>A meeting's date and place; <see cref="OrderReason"/> keeps a 連携推進会議 dated before its 幹事会.</summary>
public sealed record MeetingInput(string? Title, DateTimeOffset? StartsAt, string? Place, bool IsWritten, DateOnly? AnswerDeadline, string? OrderReason = null);

public sealed record MeetingView(
    int Id, int BodyId, BodyKind BodyKind, string BodyName, int FiscalYear, int? Number, string Title, DateOnly TargetFrom, DateOnly TargetUntil,
    DateTimeOffset? StartsAt, string? Place, bool IsWritten, DateOnly? AnswerDeadline, MeetingState State, uint Version, string? OrderReason = null);
