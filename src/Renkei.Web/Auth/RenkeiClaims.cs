using System.Security.Claims;
using Renkei.Core.Accounts;
using Renkei.Core.Organisations;

namespace Renkei.Web.Auth;

/// <summary>
/// The organisation and prefecture travel in the cookie and the bearer token, so every request knows
/// its <see cref="Actor"/> without a database round trip.
/// </summary>
public static class RenkeiClaims
{
    public const string OrganisationId = "renkei:organisation_id";
    public const string OrganisationType = "renkei:organisation_type";
    public const string OrganisationName = "renkei:organisation_name";
    public const string PrefectureId = "renkei:prefecture_id";
    public const string DisplayName = "renkei:display_name";

    /// <summary>The actor behind a signed-in principal, or null when the principal is anonymous or incomplete.</summary>
    public static Actor? ToActor(this ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || !int.TryParse(principal.FindFirstValue(OrganisationId), out var organisationId)
            || !int.TryParse(principal.FindFirstValue(PrefectureId), out var prefectureId)
            || !Enum.TryParse<OrganisationType>(principal.FindFirstValue(OrganisationType), out var type))
        {
            return null;
        }
        var role = Roles.All.FirstOrDefault(principal.IsInRole);
        return role is null
            ? null
            : new Actor(userId, principal.FindFirstValue(DisplayName) ?? "", organisationId, type, prefectureId, role);
    }

    /// <summary>For endpoints behind RequireAuthorization: a signed-in user without an actor is a broken account.</summary>
    public static Actor RequireActor(this ClaimsPrincipal principal) =>
        principal.ToActor() ?? throw new Core.Common.ForbiddenException("この利用者には所属または役割が設定されていません。管理者に連絡してください。");
}
