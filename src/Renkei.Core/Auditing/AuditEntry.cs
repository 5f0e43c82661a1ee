namespace Renkei.Core.Auditing;

/// <summary>One saved change: who, when, what.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }

    /// <summary>The prefecture of the user who saved it (null for the system), so each tenant reads its own trail.</summary>
    public int? PrefectureId { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }

    /// <summary>Changed properties as JSON: {"Name": {"old": …, "new": …}}.</summary>
    public string? Changes { get; set; }
}
