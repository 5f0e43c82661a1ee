namespace Renkei.Core.Accounts;

/// <summary>
/// One API sign-in and its chain of refresh tokens: only the newest token of the chain refreshes. Presenting an
/// older one means it was copied, so the whole chain (and its access tokens) is revoked.
/// </summary>
public class ApiSession
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid CurrentTokenId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastRefreshedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
