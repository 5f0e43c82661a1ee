namespace Renkei.Core.Accounts;

/// <summary>The six roles; a user has exactly one.</summary>
public static class Roles
{
    public const string MunicipalStaff = nameof(MunicipalStaff);
    public const string DepartmentStaff = nameof(DepartmentStaff);
    public const string SupportOfficeStaff = nameof(SupportOfficeStaff);
    public const string Secretariat = nameof(Secretariat);
    public const string Administrator = nameof(Administrator);

    /// <summary>
    /// The administrator of the deployment: a prefecture's administrator (of the prefecture it belongs to) who also adds
    /// prefectures to the portal (<see cref="Tenancy.TenancyAccess"/>). Created by the bootstrap, never offered on the users page.
    /// </summary>
    public const string DeploymentAdministrator = nameof(DeploymentAdministrator);

    public static readonly IReadOnlyList<string> All =
        [MunicipalStaff, DepartmentStaff, SupportOfficeStaff, Secretariat, Administrator, DeploymentAdministrator];

    /// <summary>What a prefecture's administrator may give an account: every role but the deployment's.</summary>
    public static readonly IReadOnlyList<string> Assignable = [.. All.Where(r => r != DeploymentAdministrator)];

    public static string ToJapanese(string role) => role switch
    {
        MunicipalStaff => "市町村職員",
        DepartmentStaff => "県部局職員",
        SupportOfficeStaff => "連携支援室職員",
        Secretariat => "事務局（市町村課）",
        Administrator => "システム管理者",
        DeploymentAdministrator => "ポータル全体の管理者",
        _ => role,
    };

    /// <summary>The roles that answer the survey for their organisation, and so may hold its 決裁 (決裁権者).</summary>
    public static bool MayApprove(string role) => role is MunicipalStaff or DepartmentStaff or SupportOfficeStaff;

    /// <summary>Which kind of organisation a role's holder must belong to.</summary>
    public static bool FitsOrganisation(string role, Organisations.Organisation organisation) => role switch
    {
        MunicipalStaff => organisation.Type == Organisations.OrganisationType.Municipality,
        SupportOfficeStaff => organisation.Type == Organisations.OrganisationType.SupportOffice,
        DepartmentStaff => organisation.Type == Organisations.OrganisationType.Department,
        Secretariat => organisation is Organisations.Department { IsSecretariat: true },
        Administrator or DeploymentAdministrator => organisation.Type == Organisations.OrganisationType.Department,
        _ => false,
    };
}
