using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Renkei.Core.Data;

namespace Renkei.Web.Auth;

/// <summary>
/// Runs <see cref="AccountCheck"/> on every authentication (the default scheme's and each authorization policy's):
/// a stale sign-in becomes an unauthenticated principal, so the request is challenged (401 for the API, the
/// sign-in page for people).
/// </summary>
public sealed class AccountCheckTransformation(AccountCheck check) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true && !await check.IsCurrentAsync(principal, CancellationToken.None)
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : principal;
}
