using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Data;

namespace Renkei.Web.Auth;

/// <summary>
/// The chain behind each API sign-in (<see cref="ApiSession"/>): login starts one, each refresh moves it to a new
/// token id, and a refresh with an older id revokes the chain — a copied refresh token is noticed the first time
/// either copy is used after the other. Both ids travel as claims in the access and refresh tokens.
/// </summary>
public sealed class ApiSessions(UnitOfWork work, TimeProvider clock, AccountCheck check, ILogger<ApiSessions> logger)
{
    public const string SessionClaim = "renkei:session";
    public const string TokenClaim = "renkei:token";

    public async Task<ClaimsPrincipal> StartAsync(ClaimsPrincipal principal, Guid userId, CancellationToken cancellationToken)
    {
        var session = new ApiSession { Id = Guid.NewGuid(), UserId = userId, CurrentTokenId = Guid.NewGuid(), CreatedAt = clock.GetUtcNow(), LastRefreshedAt = clock.GetUtcNow() };
        await using var db = await work.OpenAsSystemAsync(cancellationToken);
        db.ApiSessions.Add(session);
        await db.SaveAsync(cancellationToken);
        return WithIds(principal, session);
    }

    /// <summary>The principal for the next token of the chain, or null when the chain is unknown, revoked, or the token was already used.</summary>
    public async Task<ClaimsPrincipal?> RotateAsync(ClaimsPrincipal presented, ClaimsPrincipal fresh, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(presented.FindFirstValue(SessionClaim), out var sessionId) || !Guid.TryParse(presented.FindFirstValue(TokenClaim), out var tokenId))
        {
            return null;
        }
        await using var db = await work.OpenAsSystemAsync(cancellationToken);
        var session = await db.ApiSessions.SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || session.RevokedAt is not null)
        {
            return null;
        }
        if (session.CurrentTokenId != tokenId)
        {
            session.RevokedAt = clock.GetUtcNow();
            await db.SaveAsync(cancellationToken);
            check.ForgetSession(sessionId);
            logger.LogWarning("A used refresh token of session {Session} (user {User}) was presented again: the session is revoked", sessionId, session.UserId);
            return null;
        }
        session.CurrentTokenId = Guid.NewGuid();
        session.LastRefreshedAt = clock.GetUtcNow();
        // Two refreshes racing with the same token: the loser sees a stale row, which is as good as reuse.
        var updated = await db.ApiSessions.Where(s => s.Id == sessionId && s.CurrentTokenId == tokenId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CurrentTokenId, session.CurrentTokenId).SetProperty(x => x.LastRefreshedAt, session.LastRefreshedAt), cancellationToken);
        return updated == 1 ? WithIds(fresh, session) : null;
    }

    private static ClaimsPrincipal WithIds(ClaimsPrincipal principal, ApiSession session)
    {
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim(SessionClaim, session.Id.ToString()));
        identity.AddClaim(new Claim(TokenClaim, session.CurrentTokenId.ToString()));
        return principal;
    }
}
