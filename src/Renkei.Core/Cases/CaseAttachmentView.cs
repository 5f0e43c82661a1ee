namespace Renkei.Core.Cases;

public sealed record CaseAttachmentView(int Id, string FileName, long Size, DateTimeOffset UploadedAt);
