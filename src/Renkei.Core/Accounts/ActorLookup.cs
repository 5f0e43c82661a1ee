using Microsoft.EntityFrameworkCore;
using Renkei.Core.Data;

namespace Renkei.Core.Accounts;

/// <summary>The actor of a stored account, for callers that have no signed-in principal (calendar feeds, tests).</summary>
public static class ActorLookup
{
    /// <summary>Built as the sign-in claims build it; null for an unknown user or one without a role.</summary>
    public static async Task<Actor?> ForUserAsync(RenkeiDbContext db, Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.DisplayName, u.OrganisationId, u.Organisation.Type, u.Organisation.PrefectureId }).SingleOrDefaultAsync(cancellationToken);
        var role = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name).FirstOrDefaultAsync(cancellationToken);
        return user is null || role is null ? null : new Actor(user.Id, user.DisplayName, user.OrganisationId, user.Type, user.PrefectureId, role);
    }
}
