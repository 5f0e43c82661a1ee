namespace Renkei.Core.Auditing;

/// <summary>The audit page's filters: who, their organisation, the kind of record, the action, a date range (Japan days), the page.</summary>
public sealed record AuditFilter(Guid? UserId = null, int? OrganisationId = null, string? EntityType = null, string? Action = null,
    DateOnly? From = null, DateOnly? To = null, int Page = 1);
