using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Renkei.Core.Data;

namespace Renkei.Web.Auth;

/// <summary>
/// On every request, a cookie or bearer token counts only while its account is as it was when it was issued:
/// same security stamp (a new role, organisation or password changes it) and not locked. The stamp is read from
/// the store and kept for <see cref="CacheFor"/>, so the check costs one small query per user every few seconds;
/// a change made on this instance drops the cached stamp at once (<see cref="Forget"/>).
/// </summary>
public sealed class AccountCheck(IDbContextFactory<RenkeiDbContext> dbFactory, IMemoryCache cache, IOptions<IdentityOptions> identity, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    private sealed record StoredAccount(string? Stamp, DateTimeOffset? LockoutEnd);

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return false;
        }
        var stored = await cache.GetOrCreateAsync(Key(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new StoredAccount(u.SecurityStamp, u.LockoutEnd)).SingleOrDefaultAsync(cancellationToken);
        });
        return stored is not null
            && stored.Stamp == principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType)
            && !(stored.LockoutEnd > clock.GetUtcNow());
    }

    public void Forget(Guid userId) => cache.Remove(Key(userId));

    private static string Key(Guid userId) => $"account-stamp:{userId}";
}

/// <summary>Runs <see cref="AccountCheck"/> after authentication: a stale sign-in becomes anonymous (401 for the API, the sign-in page for people).</summary>
public static class AccountCheckMiddleware
{
    public static void UseAccountCheck(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true
                && !await context.RequestServices.GetRequiredService<AccountCheck>().IsCurrentAsync(context.User, context.RequestAborted))
            {
                if (!AuthSetup.HasBearer(context.Request))
                {
                    await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            await next(context);
        });
}
