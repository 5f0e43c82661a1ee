using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Data;

namespace Renkei.Core.Council;

/// <summary>
/// Calendar clients cannot sign in, so each user may make a secret address for the year's iCalendar feed. It reads as
/// that user (same prefecture, same rights) until the user makes a new one or turns it off; a locked account's stops.
/// </summary>
public sealed class CalendarSubscriptionService(UnitOfWork work, TimeProvider clock)
{
    /// <summary>Makes a new secret (replacing any earlier one) and returns it; it is shown once.</summary>
    public async Task<string> CreateAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var db = await work.OpenAsync(actor, cancellationToken);
        await db.CalendarKeys.Where(k => k.UserId == actor.UserId).ExecuteDeleteAsync(cancellationToken);
        db.CalendarKeys.Add(new CalendarKey { UserId = actor.UserId, TokenHash = Hash(token), CreatedAt = clock.GetUtcNow() });
        await db.SaveAsync(cancellationToken);
        return token;
    }

    public async Task<DateTimeOffset?> CreatedAtAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        return await db.CalendarKeys.Where(k => k.UserId == actor.UserId).Select(k => (DateTimeOffset?)k.CreatedAt).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task RevokeAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        await db.CalendarKeys.Where(k => k.UserId == actor.UserId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The user a secret stands for, or null when it is unknown, replaced, or the account is locked.</summary>
    public async Task<FeedReader?> ReaderForAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = Hash(token);
        await using var db = await work.OpenAsSystemAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var user = await (from k in db.CalendarKeys
                          join u in db.Users on k.UserId equals u.Id
                          where k.TokenHash == hash && (u.LockoutEnd == null || u.LockoutEnd <= now)
                          select new { u.Id, u.Language }).SingleOrDefaultAsync(cancellationToken);
        return user is not null && await ActorLookup.ForUserAsync(db, user.Id, cancellationToken) is { } actor ? new FeedReader(actor, user.Language) : null;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
