using Microsoft.AspNetCore.Identity;

namespace Renkei.Core.Accounts;

internal static class IdentityResultGuard
{
    public static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
