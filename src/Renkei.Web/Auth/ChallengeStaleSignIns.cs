namespace Renkei.Web.Auth;

/// <summary>A sign-in that <see cref="AccountCheckTransformation"/> emptied is asked to sign in again (401), not told it is forbidden (403).</summary>
public sealed class ChallengeStaleSignIns : Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler
{
    private readonly Microsoft.AspNetCore.Authorization.Policy.AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, Microsoft.AspNetCore.Authorization.AuthorizationPolicy policy,
        Microsoft.AspNetCore.Authorization.Policy.PolicyAuthorizationResult authorizeResult) =>
        _default.HandleAsync(next, context, policy,
            authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated != true
                ? Microsoft.AspNetCore.Authorization.Policy.PolicyAuthorizationResult.Challenge()
                : authorizeResult);
}
