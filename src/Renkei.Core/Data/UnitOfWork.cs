using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Core.Accounts;

namespace Renkei.Core.Data;

/// <summary>
/// The one way a use case opens the database: a short-lived context (never one per circuit) that audits its
/// changes as the actor and records the actor's prefecture beside them. Save with <see cref="RenkeiDbContext.SaveAsync(CancellationToken)"/>.
/// </summary>
public sealed class UnitOfWork(IDbContextFactory<RenkeiDbContext> factory, IServiceScopeFactory scopes)
{
    /// <summary>A context whose changes are audited as <paramref name="actor"/>.</summary>
    public async Task<RenkeiDbContext> OpenAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken);
        db.ActFor(actor);
        return db;
    }

    /// <summary>A context for work nobody signed in asked for (reminders by schedule, calendar feeds, sign-in bookkeeping): audited as the system.</summary>
    public Task<RenkeiDbContext> OpenAsSystemAsync(CancellationToken cancellationToken = default) =>
        factory.CreateDbContextAsync(cancellationToken);

    /// <summary>
    /// ASP.NET Core Identity's stores hold a scoped context; this opens a scope of their own per operation so a
    /// Blazor circuit never keeps one context (and its stale users) for its whole life.
    /// </summary>
    public AccountsWork OpenAccounts(Actor actor)
    {
        var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RenkeiDbContext>();
        db.ActFor(actor);
        return new AccountsWork(scope, db, scope.ServiceProvider.GetRequiredService<UserManager<RenkeiUser>>());
    }
}
