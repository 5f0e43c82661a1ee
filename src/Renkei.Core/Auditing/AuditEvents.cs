using System.Text.Json;
using Renkei.Core.Data;

namespace Renkei.Core.Auditing;

/// <summary>
/// Audit entries for what is not a saved change — a download, a sign-in — written as the context's actor. The
/// action names are the ones the audit page and its CSV translate (<c>Audit.Action.{name}</c>).
/// </summary>
public static class AuditEvents
{
    public const string Downloaded = "Downloaded";
    public const string SignedIn = "SignedIn";
    public const string SignInFailed = "SignInFailed";
    public const string LockedOut = "LockedOut";

    internal static void Add(RenkeiDbContext db, TimeProvider clock, string action, string entityType, string entityId, object? details = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = db.AuditUserId,
            PrefectureId = db.AuditPrefectureId,
            OrganisationId = db.AuditOrganisationId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Changes = details is null ? null : JsonSerializer.Serialize(details),
        });
}
