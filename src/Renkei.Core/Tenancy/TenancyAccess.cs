using Renkei.Core.Accounts;
using Renkei.Core.Common;

namespace Renkei.Core.Tenancy;

/// <summary>Who may see the deployment's prefectures and add one: its administrator only (<see cref="Roles.DeploymentAdministrator"/>).</summary>
public static class TenancyAccess
{
    public static bool MayAddPrefectures(Actor actor) => actor.IsDeploymentAdministrator;

    internal static void EnsureDeploymentAdministrator(Actor actor)
    {
        if (!MayAddPrefectures(actor))
        {
            throw new ForbiddenException("都道府県の追加は、ポータル全体の管理者だけが行えます。");
        }
    }
}
