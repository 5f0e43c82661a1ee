using Renkei.Core.Auditing;

namespace Renkei.Core.Council;

/// <summary>A file (資料) attached to an agenda item: what it is and who brought it; the bytes live in an <see cref="IMaterialStore"/>.</summary>
public class MeetingMaterial : IAudited, Data.IVersioned
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int AgendaItemId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }

    /// <summary>Where the store keeps the bytes (a random name, never the user's file name).</summary>
    public required string StorageKey { get; set; }
    public int OrganisationId { get; set; }
    public Guid? UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Who reads it beside the meeting's runners and its organisation (<see cref="MaterialReaders"/>).</summary>
    public Common.Visibility Visibility { get; set; } = Common.Visibility.Internal;

    public uint Version { get; set; }
}
