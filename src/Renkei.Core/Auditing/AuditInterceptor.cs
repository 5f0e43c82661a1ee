using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Renkei.Core.Data;

namespace Renkei.Core.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every added, changed or deleted <see cref="IAudited"/> entity.
/// Entries are written right after the change is saved, when generated keys are known.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is RenkeiDbContext db && Flush(db))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is RenkeiDbContext db && Flush(db))
        {
            db.SaveChanges();
        }
        return base.SavedChanges(eventData, result);
    }

    private void Capture(DbContext? context)
    {
        if (context is not RenkeiDbContext db)
        {
            return;
        }
        db.PendingAudits.Clear(); // left over from a save that failed
        foreach (var entry in db.ChangeTracker.Entries<IAudited>())
        {
            var action = entry.State switch
            {
                EntityState.Added => "Created",
                EntityState.Modified => "Updated",
                EntityState.Deleted => "Deleted",
                _ => null,
            };
            if (action is null)
            {
                continue;
            }
            var changes = new Dictionary<string, object?>();
            foreach (var property in entry.Properties)
            {
                // A new row's key is still a temporary value here; the entry's EntityId records the real one.
                // Computed columns (a case's search text) repeat what the other fields already say.
                if (property.Metadata.IsConcurrencyToken || property.Metadata.IsPrimaryKey() || property.Metadata.GetComputedColumnSql() is not null
                    || (entry.State == EntityState.Modified && !property.IsModified))
                {
                    continue;
                }
                changes[property.Metadata.Name] = entry.State switch
                {
                    EntityState.Added => Format(property.CurrentValue),
                    EntityState.Deleted => new { old = Format(property.OriginalValue) },
                    _ => new { old = Format(property.OriginalValue), @new = Format(property.CurrentValue) },
                };
            }
            db.PendingAudits.Add(new PendingAudit(entry, action, changes));
        }
    }

    /// <summary>Arrays (e.g. partner ids) by their elements, not their type name; days and instants in ISO, numbers invariant (not the server's culture).</summary>
    private static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        DateOnly day => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => string.Join(",", list.Cast<object?>().Select(Format)),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private bool Flush(RenkeiDbContext db)
    {
        var mine = db.PendingAudits.ToList();
        db.PendingAudits.Clear();
        foreach (var p in mine)
        {
            var key = p.Entry.Metadata.FindPrimaryKey()!.Properties
                .Select(k => p.Entry.Property(k.Name).CurrentValue?.ToString());
            db.AuditEntries.Add(new AuditEntry
            {
                At = clock.GetUtcNow(),
                UserId = db.AuditUserId,
                PrefectureId = db.AuditPrefectureId,
                OrganisationId = db.AuditOrganisationId,
                Action = p.Action,
                EntityType = p.Entry.Metadata.ClrType.Name,
                EntityId = string.Join("/", key),
                Changes = JsonSerializer.Serialize(p.Changes),
            });
        }
        return mine.Count > 0;
    }
}

/// <summary>A change seen before saving, written to the log once saved.</summary>
internal sealed record PendingAudit(EntityEntry Entry, string Action, Dictionary<string, object?> Changes);
