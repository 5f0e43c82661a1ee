using Renkei.Core.Accounts;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Testing;

/// <summary>
/// A small second tenant (青森県 with one branch office, support office, municipality and department; the seeded
/// 北海道 is a tenant too, but these tests want one they build themselves)
/// for proving that one prefecture's users never see another's data.
/// </summary>
public static class SecondPrefecture
{
    public const string MunicipalityCode = "022012"; // 青森市 02201 + check digit 2

    public static async Task<(Prefecture Prefecture, Municipality Municipality, Department Department)> CreateAsync(RenkeiDbContext db)
    {
        var prefecture = new Prefecture { Name = "青森県", Code = LocalGovernmentCode.Parse("020001") };
        var branch = new BranchOffice { Name = "テスト県民局", Prefecture = prefecture };
        var support = new SupportOffice { Name = "テスト県民局 連携担当", Prefecture = prefecture, BranchOffice = branch };
        var municipality = new Municipality
        {
            Name = "青森市", Code = LocalGovernmentCode.Parse(MunicipalityCode), Kind = MunicipalityKind.City, Region = "テスト地域",
            Prefecture = prefecture, BranchOffice = branch, SupportOffice = support,
        };
        var department = new Department { Name = "テスト部 市町村課", Bureau = "テスト部", Division = "市町村課", IsSecretariat = true, Prefecture = prefecture };
        db.AddRange(prefecture, branch, support, municipality, department);
        await db.SaveChangesAsync();
        return (prefecture, municipality, department);
    }

    public static Actor SecretariatActor(Prefecture prefecture, Department department) =>
        new(Guid.NewGuid(), "青森県 事務局", department.Id, OrganisationType.Department, prefecture.Id, Roles.Secretariat);
}
