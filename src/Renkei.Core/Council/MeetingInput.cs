namespace Renkei.Core.Council;

/// <summary>A meeting's date and place; <see cref="OrderReason"/> keeps a 連携推進会議 dated before its 幹事会.</summary>
public sealed record MeetingInput(string? Title, DateTimeOffset? StartsAt, string? Place, bool IsWritten, DateOnly? AnswerDeadline, string? OrderReason = null);
