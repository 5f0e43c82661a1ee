using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Renkei.Core.Accounts;
using Renkei.Web.Api.Input;

namespace Renkei.Web.Auth;

/// <summary>
/// The one check of an e-mail and password, for the sign-in page and the API. Every refusal looks the same
/// (unknown account, wrong password, locked account), so nobody learns which accounts exist. Failures are also
/// counted per client address and account: after <see cref="FailuresPerAddress"/> an address is refused for that
/// account without its password being tried, so one address can never lock an account out (that takes
/// <c>Lockout.MaxFailedAccessAttempts</c>, which is higher).
/// </summary>
public sealed class SignInGate(UserManager<RenkeiUser> users, SignInManager<RenkeiUser> signIn, SignInFailures failures, Core.Auditing.SignInAudit audit, TimeProvider clock, ILogger<SignInGate> logger)
{
    public const int FailuresPerAddress = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private static readonly PasswordHasher<RenkeiUser> DummyHasher = new();
    private static readonly string DummyHash = DummyHasher.HashPassword(new RenkeiUser(), "not-a-password-" + Guid.NewGuid());

    /// <summary>The client's address as sign-in counts it (the proxy's X-Forwarded-For already applied), or "unknown".</summary>
    public static string AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The signed-in user, or null for any refusal.</summary>
    public async Task<RenkeiUser?> CheckAsync(string? email, string? password, string address)
    {
        var normalized = (email ?? "").Trim().ToUpperInvariant();
        var key = $"{address}|{normalized}";
        var now = clock.GetUtcNow();
        if (failures.Entries.TryGetValue(key, out var seen) && now - seen.Since < Window && seen.Count >= FailuresPerAddress)
        {
            logger.LogWarning("Sign-in for {Email} refused from {Address}: too many failures from this address", email, address);
            return null;
        }
        RenkeiUser? user = null;
        if (normalized.Length > 0 && normalized.Length <= 256 && StrictText.IsClean(normalized) && !string.IsNullOrEmpty(password) && StrictText.IsClean(password))
        {
            user = await users.FindByEmailAsync(normalized);
        }
        if (user is null)
        {
            // As long as a real check, so the time taken does not tell whether the account exists.
            DummyHasher.VerifyHashedPassword(new RenkeiUser(), DummyHash, password ?? "");
            failures.Count(key, now);
            return null;
        }
        var result = await signIn.CheckPasswordSignInAsync(user, password!, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            failures.Entries.TryRemove(key, out _);
            await audit.RecordAsync(Core.Auditing.AuditEvents.SignedIn, user.Id, address);
            return user;
        }
        await audit.RecordAsync(result.IsLockedOut ? Core.Auditing.AuditEvents.LockedOut : Core.Auditing.AuditEvents.SignInFailed, user.Id, address);
        logger.LogWarning("Sign-in for {Email} refused from {Address}: {Result}", email, address, result.IsLockedOut ? "locked out" : "wrong password");
        failures.Count(key, now);
        return null;
    }
}
