using Renkei.Core.Auditing;

namespace Renkei.Core.Council;

/// <summary>A member organisation's answer to a written meeting (書面開催): once, before the deadline.</summary>
public class WrittenAnswer : IAudited
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int OrganisationId { get; set; }
    public WrittenAnswerKind Answer { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset AnsweredAt { get; set; }
    public Guid? UserId { get; set; }
}
