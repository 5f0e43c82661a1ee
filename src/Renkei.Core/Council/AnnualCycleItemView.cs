namespace Renkei.Core.Council;

/// <summary>A line of the year's timeline: a meeting or a milestone, with where it stands today; <c>Version</c> is the milestone's (a meeting's is in <see cref="MeetingView"/>).</summary>
public sealed record AnnualCycleItemView(
    string Title, BodyKind? Body, int? MeetingId, MeetingState? MeetingState, int? MilestoneId, DateOnly TargetFrom, DateOnly TargetUntil,
    DateTimeOffset? StartsAt, DateOnly? DoneOn, AnnualCycleItemStatus Status, uint Version = 0);
