namespace Renkei.Core.Auditing;

/// <summary>One audit entry as people read it: who (and their organisation then), when, what, and each field old → new.</summary>
public sealed record AuditRow(
    long Id, DateTimeOffset At, string? UserName, string? OrganisationName, string Action, string EntityType, string EntityId, IReadOnlyList<FieldChange> Changes);
