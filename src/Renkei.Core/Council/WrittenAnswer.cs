using Renkei.Core.Auditing;

namespace Renkei.Core.Council;

public enum WrittenAnswerKind
{
    /// <summary>承認.</summary>
    Approve = 1,

    /// <summary>意見あり.</summary>
    Comment = 2,
}

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

public sealed record WrittenAnswerView(int OrganisationId, string OrganisationName, string Post, WrittenAnswerKind? Answer, string? Comment, DateTimeOffset? AnsweredAt);
