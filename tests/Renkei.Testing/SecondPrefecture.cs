using Renkei.Core.Accounts;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Testing;

/// <summary>
/// A small second tenant (北海道 with one branch office, support office, municipality and department)
/// for proving that one prefecture's users never see another's data.
/// </summary>
public static class SecondPrefecture
{
    public const string MunicipalityCode = "012025"; // 函館市 01202 + check digit 5

    public static async Task<(Prefecture Prefecture, Municipality Municipality, Department Department)> CreateAsync(RenkeiDbContext db)
    {
        var prefecture = new Prefecture { Name = "北海道", Code = LocalGovernmentCode.Parse("010006") };
        var branch = new BranchOffice { Name = "渡島総合振興局", Prefecture = prefecture };
        var support = new SupportOffice { Name = "渡島総合振興局 地域政策課", Prefecture = prefecture, BranchOffice = branch };
        var municipality = new Municipality
        {
            Name = "函館市", Code = LocalGovernmentCode.Parse(MunicipalityCode), Kind = MunicipalityKind.City, Region = "道南",
            Prefecture = prefecture, BranchOffice = branch, SupportOffice = support,
        };
        var department = new Department { Name = "総合政策部 地域行政局市町村課", Bureau = "総合政策部", Division = "地域行政局市町村課", IsSecretariat = true, Prefecture = prefecture };
        db.AddRange(prefecture, branch, support, municipality, department);
        await db.SaveChangesAsync();
        return (prefecture, municipality, department);
    }

    public static Actor SecretariatActor(Prefecture prefecture, Department department) =>
        new(Guid.NewGuid(), "北海道 事務局", department.Id, OrganisationType.Department, prefecture.Id, Roles.Secretariat);
}
