namespace Renkei.Core.Council;

public sealed record WrittenAnswerView(int OrganisationId, string OrganisationName, string Post, WrittenAnswerKind? Answer, string? Comment, DateTimeOffset? AnsweredAt);
