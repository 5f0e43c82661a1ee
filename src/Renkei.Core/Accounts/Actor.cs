using Renkei.Core.Organisations;

namespace Renkei.Core.Accounts;

/// <summary>
/// Who is asking. Every Core service takes one and decides from it what may be seen or changed,
/// so the pages and the API cannot disagree.
/// </summary>
public sealed record Actor(
    Guid UserId,
    string DisplayName,
    int OrganisationId,
    OrganisationType OrganisationType,
    int PrefectureId,
    string Role)
{
    /// <summary>An administrator of the actor's prefecture (the deployment's administrator is one of its own).</summary>
    public bool IsAdministrator => Role is Roles.Administrator or Roles.DeploymentAdministrator;

    public bool IsDeploymentAdministrator => Role == Roles.DeploymentAdministrator;
    public bool IsSecretariat => Role == Roles.Secretariat;

    /// <summary>Secretariat and administrators act for the whole prefecture.</summary>
    public bool HasPrefectureWideScope => IsSecretariat || IsAdministrator;

    /// <summary>True when the actor may change what belongs to this municipality.</summary>
    public bool CanManage(Municipality municipality) =>
        municipality.PrefectureId == PrefectureId && Role switch
        {
            _ when HasPrefectureWideScope => true,
            Roles.SupportOfficeStaff => municipality.SupportOfficeId == OrganisationId,
            Roles.MunicipalStaff => municipality.Id == OrganisationId,
            _ => false,
        };
}
