namespace Renkei.Core.Council;

public sealed record MeetingView(
    int Id, int BodyId, BodyKind BodyKind, string BodyName, int FiscalYear, int? Number, string Title, DateOnly TargetFrom, DateOnly TargetUntil,
    DateTimeOffset? StartsAt, string? Place, bool IsWritten, DateOnly? AnswerDeadline, MeetingState State, uint Version, string? OrderReason = null);
