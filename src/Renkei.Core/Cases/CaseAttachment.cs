using Renkei.Core.Auditing;

namespace Renkei.Core.Cases;

/// <summary>A file attached to a case (a report, a 協定, a leaflet); the bytes live in the material store under <see cref="StorageKey"/>.</summary>
public class CaseAttachment : IAudited
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string StorageKey { get; set; }
    public Guid UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
