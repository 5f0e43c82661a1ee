namespace Renkei.Core.Council;

public sealed record MaterialView(int Id, int AgendaItemId, string FileName, string ContentType, long Size, string OrganisationName, DateTimeOffset UploadedAt);
