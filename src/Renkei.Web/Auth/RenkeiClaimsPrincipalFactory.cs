using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Renkei.Core.Accounts;
using Renkei.Core.Data;

namespace Renkei.Web.Auth;

/// <summary>Adds the user's organisation, its type and prefecture to the claims Identity issues.</summary>
public sealed class RenkeiClaimsPrincipalFactory(
    UserManager<RenkeiUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options,
    RenkeiDbContext db)
    : UserClaimsPrincipalFactory<RenkeiUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(RenkeiUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == user.OrganisationId);
        identity.AddClaim(new Claim(RenkeiClaims.OrganisationId, organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(RenkeiClaims.OrganisationType, organisation.Type.ToString()));
        identity.AddClaim(new Claim(RenkeiClaims.OrganisationName, organisation.Name));
        identity.AddClaim(new Claim(RenkeiClaims.PrefectureId, organisation.PrefectureId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(RenkeiClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
