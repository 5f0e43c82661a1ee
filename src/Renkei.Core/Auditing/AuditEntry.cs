namespace Renkei.Core.Auditing;

/// <summary>One saved change or account event (sign-in, download): who, when, what. Nobody edits or deletes one through the portal.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }

    /// <summary>The prefecture of the user who saved it (null for the system), so each tenant reads its own trail.</summary>
    public int? PrefectureId { get; set; }

    /// <summary>The user's organisation when it happened.</summary>
    public int? OrganisationId { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }

    /// <summary>Changed properties as JSON: {"Name": {"old": …, "new": …}}.</summary>
    public string? Changes { get; set; }
}
