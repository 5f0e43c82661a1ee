using System.Text;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Auditing;
using Renkei.Core.Common;
using Renkei.Core.Organisations;
using Renkei.Core.Tenancy;
using Renkei.Testing;

namespace Renkei.Core.Tests.Tenancy;

public class PrefectureSetupTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private PrefectureSetupService Setup => database.Get<PrefectureSetupService>();

    private const string Password = "Miyagi#Admin2026";

    private static NewPrefectureInput Input(string code, string email) =>
        new(code, "総務部", "市町村課", email, "最初の 管理者", Password);

    /// <summary>Offices for three of 宮城県's municipalities, named as test data (the reference files give none for 宮城県).</summary>
    private const string MiyagiOffices = """
        local_government_code,name,region,branch_office,support_office
        041009,仙台市,試験地域A,試験用第一支庁,試験用第一支庁 連携支援室
        042021,石巻市,試験地域B,試験用第二支庁,試験用第二支庁 連携支援室
        042030,塩竈市,試験地域A,試験用第一支庁,試験用第一支庁 連携支援室
        """;

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task The_deployments_administrator_adds_a_prefecture_with_its_municipalities_offices_secretariat_and_administrator()
    {
        var operatorActor = await database.ActorAsync(DemoAccounts.Operator);
        Assert.Contains(await Setup.ChoicesAsync(operatorActor), c => c.Code == "04" && c.Name == "宮城県" && c.Municipalities == 35);
        Assert.DoesNotContain(await Setup.ChoicesAsync(operatorActor), c => c.Code is "06" or "01");

        var added = await Setup.AddAsync(operatorActor, Input("04", "miyagi-admin@pref.example"), Csv(MiyagiOffices));
        Assert.Equal(("宮城県", 35, 2, 2, 32), (added.Name, added.Municipalities, added.BranchOffices, added.SupportOffices, added.Unassigned));
        var row = (await Setup.ListAsync(operatorActor)).Single(p => p.Code == "040002");
        Assert.Equal((35, 2, 2, 1, 32), (row.Municipalities, row.BranchOffices, row.SupportOffices, row.Users, row.Unassigned));
        Assert.DoesNotContain(await Setup.ChoicesAsync(operatorActor), c => c.Code == "04");

        // Its administrator works in its own secretariat and sees its own municipalities only.
        var admin = await database.ActorAsync("miyagi-admin@pref.example");
        Assert.Equal((Roles.Administrator, added.PrefectureId), (admin.Role, admin.PrefectureId));
        var directory = database.Get<OrganisationDirectory>();
        var municipalities = await directory.ListMunicipalitiesAsync(admin);
        Assert.Equal(35, municipalities.Count);
        Assert.Equal(("試験地域A", "試験用第一支庁", "試験用第一支庁 連携支援室"),
            municipalities.Where(m => m.Name == "仙台市").Select(m => (m.Region, m.BranchOffice, m.SupportOffice)).Single());
        Assert.Null(municipalities.Single(m => m.Name == "気仙沼市").SupportOffice); // 未登録
        Assert.Equal(["試験用第一支庁", "試験用第二支庁"], (await directory.ListBranchOfficesAsync(admin)).Select(b => b.Name).Order());
        Assert.Equal(["最初の 管理者"], (await database.Get<UserAdministration>().ListAsync(admin)).Select(u => u.DisplayName));
        await using (var db = database.CreateDbContext())
        {
            var secretariat = await db.Departments.SingleAsync(d => d.Id == admin.OrganisationId);
            Assert.Equal(("総務部 市町村課", true), (secretariat.Name, secretariat.IsSecretariat));
        }

        // The setting up is in the new prefecture's trail, not in 山形県's.
        var trail = database.Get<AuditTrailService>();
        Assert.Contains((await trail.SearchAsync(admin, new AuditFilter(Action: "PrefectureAdded"))).Rows, r => r.EntityId == added.PrefectureId.ToString());
        var yamagataAdmin = await database.ActorAsync(DemoAccounts.Admin);
        Assert.Empty((await trail.SearchAsync(yamagataAdmin, new AuditFilter(Action: "PrefectureAdded"))).Rows);
        Assert.DoesNotContain((await trail.SearchAsync(yamagataAdmin, new AuditFilter(EntityType: "Municipality"))).Rows, r => r.Changes.Any(c => c.New == "仙台市"));
        Assert.DoesNotContain(await directory.ListMunicipalitiesAsync(yamagataAdmin), m => m.Name == "仙台市");

        await Assert.ThrowsAsync<ConflictException>(() => Setup.AddAsync(operatorActor, Input("04", "other@pref.example"), null));
    }

    [Fact]
    public async Task A_prefecture_added_by_mistake_is_removed_with_its_accounts_and_one_that_holds_work_is_not()
    {
        var operatorActor = await database.ActorAsync(DemoAccounts.Operator);
        var mistaken = await Setup.AddAsync(operatorActor, Input("05", "akita-admin@pref.example"), null);
        var akita = await database.ActorAsync("akita-admin@pref.example");
        await database.Get<Renkei.Core.Council.CalendarSubscriptionService>().CreateAsync(akita);
        await database.Get<Renkei.Core.Notifications.NoticeService>().SetPreferencesAsync(akita, [Renkei.Core.Notifications.NoticeKind.SurveyOpened], 0);
        var kept = await Setup.AddAsync(operatorActor, Input("07", "fukushima-admin@pref.example"), null);
        var fukushima = await database.ActorAsync("fukushima-admin@pref.example");
        await database.Get<UserAdministration>().CreateAsync(fukushima, new NewUserInput("fukushima-secretariat@pref.example", "事務局 担当", fukushima.OrganisationId, Roles.Secretariat, Password));
        await database.Get<Renkei.Core.Surveys.NeedsSurveyService>().CreateAsync(await database.ActorAsync("fukushima-secretariat@pref.example"), SurveyScenario.H29Like(2095));

        var list = await Setup.ListAsync(operatorActor);
        Assert.Equal([("010006", false), ("050008", true), ("060003", false), ("070009", false)],
            list.Where(p => p.Code is "010006" or "050008" or "060003" or "070009").Select(p => (p.Code, p.CanRemove)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Setup.RemoveAsync(akita, mistaken.PrefectureId));
        var refused = await Assert.ThrowsAsync<ConflictException>(() => Setup.RemoveAsync(operatorActor, kept.PrefectureId));
        Assert.StartsWith("福島県には", refused.Message);
        await Assert.ThrowsAsync<ConflictException>(() => Setup.RemoveAsync(operatorActor, operatorActor.PrefectureId));

        await Setup.RemoveAsync(operatorActor, mistaken.PrefectureId);
        Assert.DoesNotContain(await Setup.ListAsync(operatorActor), p => p.Code == "050008");
        Assert.Contains(await Setup.ChoicesAsync(operatorActor), c => c.Code == "05");
        await using (var db = database.CreateDbContext())
        {
            Assert.False(await db.Users.AnyAsync(u => u.Email == "akita-admin@pref.example"));
            Assert.False(await db.Organisations.AnyAsync(o => o.PrefectureId == mistaken.PrefectureId));
            Assert.True(await db.Users.AnyAsync(u => u.Email == "fukushima-secretariat@pref.example")); // the refusal removed nothing
            Assert.Equal(kept.Municipalities, await db.Organisations.CountAsync(o => o.PrefectureId == kept.PrefectureId && o is Municipality));
        }
        var trail = await database.Get<AuditTrailService>().SearchAsync(operatorActor, new AuditFilter(Action: "PrefectureRemoved"));
        Assert.Contains(trail.Rows, r => r.EntityId == mistaken.PrefectureId.ToString());
        await Assert.ThrowsAsync<NotFoundException>(() => Setup.RemoveAsync(operatorActor, mistaken.PrefectureId));

        // The code is free again: the prefecture can be added properly.
        Assert.Equal("秋田県", (await Setup.AddAsync(operatorActor, Input("05", "akita-admin@pref.example"), null)).Name);
    }

    [Fact]
    public async Task A_prefecture_with_special_wards_is_added_without_offices_every_municipality_unassigned()
    {
        var added = await Setup.AddAsync(await database.ActorAsync(DemoAccounts.Operator), Input("13", "tokyo-admin@pref.example"), null);
        Assert.Equal(("東京都", 62, 0, 62), (added.Name, added.Municipalities, added.BranchOffices, added.Unassigned));
        await using var db = database.CreateDbContext();
        Assert.Equal(23, await db.Municipalities.CountAsync(m => m.PrefectureId == added.PrefectureId && m.Kind == MunicipalityKind.Ward));
    }

    [Fact]
    public async Task Only_the_deployments_administrator_sees_or_adds_prefectures()
    {
        foreach (var email in new[] { DemoAccounts.Admin, DemoAccounts.Secretariat, DemoAccounts.HokkaidoSecretariat })
        {
            var actor = await database.ActorAsync(email);
            Assert.False(TenancyAccess.MayAddPrefectures(actor));
            await Assert.ThrowsAsync<ForbiddenException>(() => Setup.ListAsync(actor));
            await Assert.ThrowsAsync<ForbiddenException>(() => Setup.ChoicesAsync(actor));
            await Assert.ThrowsAsync<ForbiddenException>(() => Setup.AddAsync(actor, Input("05", $"x-{email}"), null));
        }
    }

    [Fact]
    public async Task A_wrong_line_a_weak_password_or_a_taken_address_leaves_nothing_behind()
    {
        var operatorActor = await database.ActorAsync(DemoAccounts.Operator);
        var wrong = await Assert.ThrowsAsync<ValidationException>(() => Setup.AddAsync(operatorActor, Input("05", "akita-admin@pref.example"), Csv("""
            local_government_code,name,region,branch_office,support_office
            052019,秋田市,試験地域,試験用支庁,試験用支庁 連携支援室
            062014,山形市,試験地域,試験用支庁,試験用支庁 連携支援室
            052027,秋田市,試験地域,試験用支庁,試験用支庁 連携支援室
            052035,,試験地域,試験用支庁,
            052043,,試験地域,別の支庁,試験用支庁 連携支援室
            """)));
        var lines = wrong.Errors["File"];
        Assert.Contains(lines, l => l.StartsWith("3行目") && l.Contains("秋田県の市町村ではありません"));
        Assert.Contains(lines, l => l.StartsWith("4行目") && l.Contains("（「秋田市」と書かれています）"));
        Assert.Contains(lines, l => l.StartsWith("5行目") && l.Contains("連携支援室を入力してください"));
        Assert.Contains(lines, l => l.StartsWith("6行目") && l.Contains("1つの室は1つの総合支庁に属します"));

        var weak = await Assert.ThrowsAsync<ValidationException>(() => Setup.AddAsync(operatorActor, Input("05", "akita-admin@pref.example") with { AdministratorPassword = "short" }, null));
        Assert.True(weak.Errors.ContainsKey(nameof(NewPrefectureInput.AdministratorPassword)));
        var taken = await Assert.ThrowsAsync<ValidationException>(() => Setup.AddAsync(operatorActor, Input("05", DemoAccounts.Admin), null));
        Assert.True(taken.Errors.ContainsKey(nameof(NewPrefectureInput.AdministratorEmail)));
        var empty = await Assert.ThrowsAsync<ValidationException>(() => Setup.AddAsync(operatorActor, new NewPrefectureInput("99", " ", null, null, null, null), null));
        Assert.Equal(["AdministratorEmail", "AdministratorName", "AdministratorPassword", "PrefectureCode", "SecretariatBureau", "SecretariatDivision"], empty.Errors.Keys.Order());

        await using var db = database.CreateDbContext();
        Assert.False(await db.Prefectures.AnyAsync(p => p.Name == "秋田県"));
        Assert.False(await db.Municipalities.AnyAsync(m => m.Name == "秋田市"));
    }

    [Fact]
    public async Task The_users_page_keeps_its_hands_off_the_deployments_administrator()
    {
        var admin = await database.ActorAsync(DemoAccounts.Admin);
        var users = database.Get<UserAdministration>();
        var row = (await users.ListAsync(admin)).Single(u => u.Email == DemoAccounts.Operator);
        Assert.False(row.CanLock);
        Assert.False(row.CanAssign);
        Assert.DoesNotContain(Roles.DeploymentAdministrator, UserAdministration.AssignableRoles);
        await Assert.ThrowsAsync<ForbiddenException>(() => users.SetLockedAsync(admin, row.Id, true));
        await Assert.ThrowsAsync<ForbiddenException>(() => users.AssignAsync(admin, row.Id, row.OrganisationId, Roles.Secretariat));
        var refused = await Assert.ThrowsAsync<ValidationException>(() => users.CreateAsync(admin,
            new NewUserInput("second-operator@pref.example", "二人目", row.OrganisationId, Roles.DeploymentAdministrator, Password)));
        Assert.True(refused.Errors.ContainsKey(nameof(NewUserInput.Role)));
    }
}
