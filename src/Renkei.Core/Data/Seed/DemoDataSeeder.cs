using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;

namespace Renkei.Core.Data.Seed;

/// <summary>The demo accounts (development only), all with <see cref="Password"/>, the 2017 survey and the seed's example themes.</summary>
public sealed class DemoDataSeeder(RenkeiDbContext db, UserManager<RenkeiUser> users, DemoSurveySeeder surveys, DemoThemeSeeder themes, HokkaidoDemoSeeder hokkaido, DemoIndicatorSeeder indicators)
{
    public const string Password = "Renkei#Demo2026";

    /// <summary>山形市's 決裁権者 (課長), beside its planning officer; 山形市 approves before submitting once the administrator turns it on.</summary>
    public const string ApproverEmail = "yamagata-approver@renkei.example";

    public static readonly (string Email, string DisplayName, string Role, string Organisation)[] Accounts =
    [
        ("admin@renkei.example", "管理 太郎", Roles.Administrator, YamagataReferenceData.SecretariatName),
        ("operator@renkei.example", "ポータル運用 担当", Roles.DeploymentAdministrator, YamagataReferenceData.SecretariatName),
        ("secretariat@renkei.example", "市町村課 花子", Roles.Secretariat, YamagataReferenceData.SecretariatName),
        ("yamagata-city@renkei.example", "山形市 企画担当", Roles.MunicipalStaff, "山形市"),
        ("tsuruoka-city@renkei.example", "鶴岡市 企画担当", Roles.MunicipalStaff, "鶴岡市"),
        ("kaminoyama-city@renkei.example", "上山市 企画担当", Roles.MunicipalStaff, "上山市"),
        (ApproverEmail, "山形市 企画調整課長", Roles.MunicipalStaff, "山形市"),
        ("murayama-support@renkei.example", "村山 連携支援室", Roles.SupportOfficeStaff, "村山総合支庁 総務企画部総務課連携支援室"),
        ("shonai-support@renkei.example", "庄内 連携支援室", Roles.SupportOfficeStaff, "庄内総合支庁 総務企画部総務課連携支援室"),
        ("kenko-fukushi@renkei.example", "健康福祉企画課 担当", Roles.DepartmentStaff, "健康福祉部 健康福祉企画課"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var prefectureId = await db.Prefectures
            .Where(p => p.Code == YamagataReferenceData.PrefectureCode)
            .Select(p => p.Id)
            .SingleAsync(cancellationToken);
        await SeedAccountsAsync(db, users, prefectureId, Accounts, cancellationToken);
        await db.Users.Where(u => u.Email == ApproverEmail).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsApprover, true), cancellationToken);
        await surveys.SeedAsync(cancellationToken);
        await themes.SeedAsync(cancellationToken);
        await indicators.SeedAsync(cancellationToken);
        await hokkaido.SeedAsync(cancellationToken);
    }

    /// <summary>Creates the accounts not there yet, each in its organisation of the prefecture (the demo tenants share it).</summary>
    internal static async Task SeedAccountsAsync(RenkeiDbContext db, UserManager<RenkeiUser> users, int prefectureId,
        IEnumerable<(string Email, string DisplayName, string Role, string Organisation)> accounts, CancellationToken cancellationToken)
    {
        foreach (var (email, displayName, role, organisationName) in accounts)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }
            var organisation = await db.Organisations.SingleAsync(o => o.PrefectureId == prefectureId && o.Name == organisationName, cancellationToken);
            var user = new RenkeiUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, OrganisationId = organisation.Id };
            IdentityResultGuard.ThrowIfFailed(await users.CreateAsync(user, Password));
            IdentityResultGuard.ThrowIfFailed(await users.AddToRoleAsync(user, role));
        }
    }
}
