using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Organisations;

namespace Renkei.Core.Data.Seed;

/// <summary>
/// The first administrator of a real deployment (no demo accounts there): created once in the
/// secretariat of the given prefecture from configuration, as the deployment's administrator (who also adds the
/// other prefectures), then managed like any other account.
/// </summary>
public sealed class AdministratorBootstrap(RenkeiDbContext db, UserManager<RenkeiUser> users)
{
    /// <returns>True when the account was created now; false when it already existed.</returns>
    public async Task<bool> EnsureAsync(string email, string password, string prefectureCode, CancellationToken cancellationToken = default)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return false;
        }
        var code = LocalGovernmentCode.Parse(prefectureCode);
        var secretariat = await db.Departments
            .Where(d => d.IsSecretariat && d.Prefecture.Code == code)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Prefecture {prefectureCode} has no secretariat: load its reference data first.");
        var user = new RenkeiUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "システム管理者", OrganisationId = secretariat.Id };
        IdentityResultGuard.ThrowIfFailed(await users.CreateAsync(user, password));
        IdentityResultGuard.ThrowIfFailed(await users.AddToRoleAsync(user, Roles.DeploymentAdministrator));
        return true;
    }
}
