using Renkei.Core.Accounts;

namespace Renkei.Core.Notifications;

/// <summary>
/// One notice to one user (the bell): its kind, the record it is about by name and page, the day concerned, and when it
/// was read and mailed. <see cref="Key"/> names the deadline or event, so a notice is written once per user however often
/// the daily run passes.
/// </summary>
public class Notice
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public Guid UserId { get; set; }
    public RenkeiUser User { get; set; } = null!;
    public NoticeKind Kind { get; set; }
    public required string Key { get; set; }

    /// <summary>The record's name as entered (the survey's title, the meeting's, the case's…).</summary>
    public required string Subject { get; set; }

    public DateOnly? DueOn { get; set; }

    /// <summary>The reason given with a 差戻し or a returned case.</summary>
    public string? Note { get; set; }

    public required string Href { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public DateTimeOffset? MailedAt { get; set; }
}
