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
/// a change made on this instance drops the cached stamp at once (<see cref="Forget"/>). A bearer token also needs
/// its <see cref="ApiSessions"/> chain unrevoked.
/// </summary>
public sealed class AccountCheck(UnitOfWork work, IMemoryCache cache, IOptions<IdentityOptions> identity, TimeProvider clock)
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
            await using var db = await work.OpenAsSystemAsync(cancellationToken);
            return await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new StoredAccount(u.SecurityStamp, u.LockoutEnd)).SingleOrDefaultAsync(cancellationToken);
        });
        if (stored is null
            || stored.Stamp != principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType)
            || stored.LockoutEnd > clock.GetUtcNow())
        {
            return false;
        }
        if (!Guid.TryParse(principal.FindFirstValue(ApiSessions.SessionClaim), out var sessionId))
        {
            return true; // a browser cookie: no refresh chain behind it
        }
        var revoked = await cache.GetOrCreateAsync(SessionKey(sessionId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            await using var db = await work.OpenAsSystemAsync(cancellationToken);
            return await db.ApiSessions.AsNoTracking().Where(s => s.Id == sessionId).Select(s => (DateTimeOffset?)(s.RevokedAt ?? DateTimeOffset.MinValue)).SingleOrDefaultAsync(cancellationToken);
        });
        return revoked == DateTimeOffset.MinValue;
    }

    public void Forget(Guid userId) => cache.Remove(Key(userId));

    public void ForgetSession(Guid sessionId) => cache.Remove(SessionKey(sessionId));

    private static string SessionKey(Guid sessionId) => $"api-session:{sessionId}";

    private static string Key(Guid userId) => $"account-stamp:{userId}";
}
