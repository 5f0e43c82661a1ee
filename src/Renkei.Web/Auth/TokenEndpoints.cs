using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Renkei.Core.Accounts;

namespace Renkei.Web.Auth;

/// <summary>
/// Bearer tokens for API clients: <c>POST /api/v1/auth/login</c> and <c>/refresh</c> (Identity's token format,
/// <c>{tokenType, accessToken, expiresIn, refreshToken}</c>). Sign-in goes through <see cref="SignInGate"/> like the
/// page; a refresh needs the account's current security stamp, so a password change or lock ends it.
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
            SignInManager<RenkeiUser> signIn) =>
        {
            var user = await gate.CheckAsync(body.Email, body.Password, http.Connection.RemoteIpAddress?.ToString() ?? "");
            if (user is null)
            {
                return Refused();
            }
            return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
        })
        .RequireRateLimiting(SignInRateLimit)
        .WithSummary("E-mail and password → bearer and refresh tokens. Every refusal is the same 401 (unknown account, wrong password, locked).")
        .Produces<AccessTokenResponse>();

        auth.MapPost("/refresh", async Task<Results<SignInHttpResult, ProblemHttpResult>> (RefreshRequest body, IOptionsMonitor<BearerTokenOptions> options,
            TimeProvider clock, SignInManager<RenkeiUser> signIn) =>
        {
            var ticket = string.IsNullOrEmpty(body.RefreshToken) ? null : options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(body.RefreshToken);
            if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
                || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user || await signIn.UserManager.IsLockedOutAsync(user))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "サインインが必要です",
                    detail: "更新用トークンが無効か期限切れです。もう一度サインインしてください。");
            }
            return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
        })
        .RequireRateLimiting(SignInRateLimit)
        .WithSummary("A refresh token → new tokens, while the account is unchanged and not locked.")
        .Produces<AccessTokenResponse>();
    }

    private static ProblemHttpResult Refused() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "サインインできません",
            detail: "メールアドレスまたはパスワードが正しくないか、続けて失敗したためアカウントが一時的にロックされています。確認して、時間をおいてお試しください。");
}
