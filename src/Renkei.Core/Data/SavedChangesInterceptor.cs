using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Renkei.Core.Data;

/// <summary>
/// Collects the entity types a save adds, changes or deletes and tells the listeners after it succeeded. Every
/// write of the portal goes through SaveChanges without an explicit transaction, so "saved" is "committed". An
/// owned type (a municipality's contact) counts as its owner, a derived one (a municipality) as its root (an organisation). The audit trail's own save, nested in the first
/// one's completion, tells both sets.
/// </summary>
public sealed class SavedChangesInterceptor(IEnumerable<ISavedChangesListener> listeners) : SaveChangesInterceptor
{
    private readonly ISavedChangesListener[] _listeners = [.. listeners];
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, HashSet<Type>> _pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await TellAsync(eventData.Context, cancellationToken);
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        TellAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return base.SavedChanges(eventData, result);
    }

    private void Capture(DbContext? context)
    {
        if (context is null || _listeners.Length == 0)
        {
            return;
        }
        var changed = _pending.GetOrCreateValue(context); // a failed save's types stay: dropping a cache entry too many is harmless
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                var type = entry.Metadata;
                while (type.FindOwnership() is { } ownership)
                {
                    type = ownership.PrincipalEntityType;
                }
                changed.Add(type.GetRootType().ClrType);
            }
        }
    }

    private async ValueTask TellAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !_pending.TryGetValue(context, out var changed))
        {
            return;
        }
        _pending.Remove(context);
        if (changed.Count == 0)
        {
            return;
        }
        foreach (var listener in _listeners)
        {
            await listener.SavedAsync(changed, cancellationToken);
        }
    }
}
