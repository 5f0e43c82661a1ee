namespace Renkei.Core.Notifications;

/// <summary>A notice as the bell's page shows it.</summary>
public sealed record NoticeView(int Id, NoticeKind Kind, string Subject, DateOnly? DueOn, string? Note, string Href, DateTimeOffset CreatedAt, bool Read);
