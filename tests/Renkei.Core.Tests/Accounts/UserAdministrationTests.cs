using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Organisations;
using Renkei.Testing;

namespace Renkei.Core.Tests.Accounts;

public class UserAdministrationTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private UserAdministration Administration => database.Get<UserAdministration>();

    private async Task<int> OrganisationId(string name)
    {
        await using var db = database.CreateDbContext();
        return await db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }

    [Theory]
    [InlineData(DemoAccounts.Secretariat)]
    [InlineData(DemoAccounts.YamagataCity)]
    [InlineData(DemoAccounts.MurayamaSupport)]
    public async Task Only_an_administrator_manages_accounts(string email)
    {
        var actor = await database.ActorAsync(email);
        await Assert.ThrowsAsync<ForbiddenException>(() => Administration.ListAsync(actor));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            Administration.CreateAsync(actor, new NewUserInput("x@renkei.example", "X", 1, Roles.MunicipalStaff, "Renkei#Strong2026")));
    }

    [Fact]
    public async Task An_administrator_creates_a_user_who_can_then_sign_in_as_that_organisation()
    {
        var admin = await database.ActorAsync(DemoAccounts.Admin);
        var sakata = await OrganisationId("酒田市");
        var id = await Administration.CreateAsync(admin, new NewUserInput("sakata-city@renkei.example", "酒田市 企画担当", sakata, Roles.MunicipalStaff, "Sakata#Kikaku2026"));

        var created = await database.ActorAsync("sakata-city@renkei.example");
        Assert.Equal(id, created.UserId);
        Assert.Equal(sakata, created.OrganisationId);
        Assert.Equal(Roles.MunicipalStaff, created.Role);
        Assert.Contains(await Administration.ListAsync(admin), u => u.Email == "sakata-city@renkei.example" && u.Organisation == "酒田市");

        await using var db = database.CreateDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityId == id.ToString() && a.Action == "Created" && a.UserId == admin.UserId));
    }

    [Fact]
    public async Task A_role_must_fit_the_organisation()
    {
        var admin = await database.ActorAsync(DemoAccounts.Admin);
        var refused = await Assert.ThrowsAsync<ValidationException>(async () => await Administration.CreateAsync(admin,
            new NewUserInput("wrong@renkei.example", "誤り", await OrganisationId("山形市"), Roles.Secretariat, "Renkei#Strong2026")));
        Assert.Contains("山形市", refused.Errors["Role"][0]);
    }

    [Fact]
    public async Task Weak_passwords_duplicates_and_missing_fields_are_refused_in_Japanese()
    {
        var admin = await database.ActorAsync(DemoAccounts.Admin);
        var yamagata = await OrganisationId("山形市");
        var weak = await Assert.ThrowsAsync<ValidationException>(() =>
            Administration.CreateAsync(admin, new NewUserInput("weak@renkei.example", "弱い", yamagata, Roles.MunicipalStaff, "short")));
        Assert.Contains(weak.Errors["Password"], m => m.Contains("12文字以上"));

        var duplicate = await Assert.ThrowsAsync<ValidationException>(() =>
            Administration.CreateAsync(admin, new NewUserInput(DemoAccounts.YamagataCity, "重複", yamagata, Roles.MunicipalStaff, "Renkei#Strong2026")));
        Assert.Contains("既に登録", duplicate.Message);

        var empty = await Assert.ThrowsAsync<ValidationException>(() =>
            Administration.CreateAsync(admin, new NewUserInput("", " ", 0, null, null)));
        Assert.Equal(["DisplayName", "Email", "OrganisationId", "Password", "Role"], empty.Errors.Keys.Order());
    }

    [Fact]
    public async Task Organisations_of_another_prefecture_cannot_be_assigned()
    {
        await using var db = database.CreateDbContext();
        var (_, aomoriCity, _) = await SecondPrefecture.CreateAsync(db);
        var admin = await database.ActorAsync(DemoAccounts.Admin);
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Administration.CreateAsync(admin,
            new NewUserInput("aomori@renkei.example", "青森", aomoriCity.Id, Roles.MunicipalStaff, "Renkei#Strong2026")));
        Assert.True(refused.Errors.ContainsKey("OrganisationId"));
        Assert.DoesNotContain(await database.Get<OrganisationDirectory>().ListOrganisationsAsync(admin), o => o.Id == aomoriCity.Id);
    }

    [Fact]
    public async Task An_administrator_reassigns_a_user()
    {
        var admin = await database.ActorAsync(DemoAccounts.Admin);
        var id = await Administration.CreateAsync(admin, new NewUserInput("mover@renkei.example", "異動 太郎", await OrganisationId("新庄市"), Roles.MunicipalStaff, "Renkei#Strong2026"));
        await Administration.AssignAsync(admin, id, await OrganisationId("最上総合支庁 総務企画部総務課連携支援室"), Roles.SupportOfficeStaff);
        var moved = await database.ActorAsync("mover@renkei.example");
        Assert.Equal(Roles.SupportOfficeStaff, moved.Role);
        Assert.Equal(OrganisationType.SupportOffice, moved.OrganisationType);
    }
}

public class AdministratorBootstrapTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task Creates_the_deployments_administrator_once_in_the_secretariat()
    {
        var bootstrap = database.Get<Core.Data.Seed.AdministratorBootstrap>();
        Assert.True(await bootstrap.EnsureAsync("first-admin@pref.example", "First#Admin2026!", "060003"));
        Assert.False(await bootstrap.EnsureAsync("first-admin@pref.example", "First#Admin2026!", "060003"));

        var admin = await database.ActorAsync("first-admin@pref.example");
        Assert.Equal(Roles.DeploymentAdministrator, admin.Role);
        Assert.True(admin.IsAdministrator); // of 山形県 too
        await using var db = database.CreateDbContext();
        Assert.True((await db.Departments.SingleAsync(d => d.Id == admin.OrganisationId)).IsSecretariat);
    }
}
