namespace Renkei.Core.Organisations;

/// <summary>
/// Anything a user can belong to: a municipality, a prefectural department (incl. the secretariat),
/// a 総合支庁 or its 連携支援室. Stored in one table (TPH) so a user has one organisation reference.
/// </summary>
public abstract class Organisation : Auditing.IAudited, Data.IVersioned
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public Prefecture Prefecture { get; set; } = null!;
    public required string Name { get; set; }
    public abstract OrganisationType Type { get; }

    /// <summary>決裁: its survey answers need the approval of one of its approvers before they can be submitted.</summary>
    public bool RequiresApproval { get; set; }

    /// <summary>PostgreSQL xmin: detects two people editing the same organisation.</summary>
    public uint Version { get; set; }
}
