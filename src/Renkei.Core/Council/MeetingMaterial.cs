using Renkei.Core.Auditing;

namespace Renkei.Core.Council;

/// <summary>A file (資料) attached to an agenda item: what it is and who brought it; the bytes live in an <see cref="IMaterialStore"/>.</summary>
public class MeetingMaterial : IAudited
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
}

/// <summary>The bytes of a material when the database is the store; kept apart so listing never loads them (and never audited).</summary>
public class MaterialBlob
{
    public required string Key { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>Where materials are kept: a folder when <see cref="Folder"/> is set, else the database.</summary>
public sealed class MaterialOptions
{
    public string? Folder { get; set; }
}

public sealed record MaterialView(int Id, int AgendaItemId, string FileName, string ContentType, long Size, string OrganisationName, DateTimeOffset UploadedAt);

/// <summary>An item whose presenter has not brought any material yet.</summary>
public sealed record MissingMaterial(int AgendaItemId, int Number, string Title, int PresenterOrganisationId, string PresenterName);

public sealed record MaterialsView(
    DateOnly? Deadline, IReadOnlyList<int> UploadableItemIds, IReadOnlyList<MaterialView> Materials, IReadOnlyList<MissingMaterial> Missing);
