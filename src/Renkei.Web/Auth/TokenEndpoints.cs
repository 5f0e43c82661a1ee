using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Renkei.Core.Accounts;

namespace Renkei.Web.Auth;

/// <summary>
/// Bearer tokens for API clients: <c>POST /api/v1/auth/login</c> and <c>/refresh</c> (Identity's token format,
/// <c>{tokenType, accessToken, expiresIn, refreshToken}</c>). Sign-in goes through <see cref="SignInGate"/> like the
/// page; a refresh needs the account's current security stamp (a password change or lock ends it) and the newest
/// token of its <see cref="ApiSessions"/> chain (a reused one revokes the chain).
/// </summary>
public static class TokenEndpoints
{
    public const string SignInRateLimit = "sign-in";

    public sealed record LoginRequest(string? Email, string? Password);

    public sealed record RefreshRequest(string? RefreshToken);

    public static void MapTokenEndpoints(this WebApplication app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Auth").AllowAnonymous();

        auth.MapPost("/login", async Task<Results<SignInHttpResult, ProblemHttpResult>> (LoginRequest body, HttpContext http, SignInGate gate,
            SignInManager<RenkeiUser> signIn, ApiSessions sessions) =>
        {
            var user = await gate.CheckAsync(body.Email, body.Password, SignInGate.AddressOf(http));
            if (user is null)
            {
                return Refused();
            }
            var principal = await sessions.StartAsync(await signIn.CreateUserPrincipalAsync(user), user.Id, http.RequestAborted);
            return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
        })
        .RequireRateLimiting(SignInRateLimit)
        .WithSummary("E-mail and password → bearer and refresh tokens. Every refusal is the same 401 (unknown account, wrong password, locked).")
        .Produces<AccessTokenResponse>();

        auth.MapPost("/refresh", async Task<Results<SignInHttpResult, ProblemHttpResult>> (RefreshRequest body, IOptionsMonitor<BearerTokenOptions> options,
            TimeProvider clock, SignInManager<RenkeiUser> signIn, ApiSessions sessions, HttpContext http) =>
        {
            var ticket = string.IsNullOrEmpty(body.RefreshToken) ? null : options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(body.RefreshToken);
            if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
                || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user || await signIn.UserManager.IsLockedOutAsync(user)
                || await sessions.RotateAsync(ticket.Principal, await signIn.CreateUserPrincipalAsync(user), http.RequestAborted) is not { } principal)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "サインインが必要です",
                    detail: "更新用トークンが無効か期限切れ、またはすでに使われています。もう一度サインインしてください。");
            }
            return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
        })
        .RequireRateLimiting(SignInRateLimit)
        .WithSummary("A refresh token → new tokens (the old one stops), while the account is unchanged and not locked; a refresh token used twice revokes its session.")
        .Produces<AccessTokenResponse>();
    }

    private static ProblemHttpResult Refused() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "サインインできません",
            detail: "メールアドレスまたはパスワードが正しくないか、続けて失敗したためアカウントが一時的にロックされています。確認して、時間をおいてお試しください。");
}
