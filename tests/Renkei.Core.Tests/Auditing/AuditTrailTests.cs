using Microsoft.EntityFrameworkCore;
using Renkei.Core.Auditing;
using Renkei.Core.Common;
using Renkei.Core.Regions;
using Renkei.Testing;

namespace Renkei.Core.Tests.Auditing;

public class AuditTrailTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private AuditTrailService Trail => database.Get<AuditTrailService>();

    private Task<int> MunicipalityAsync(string name) => database.YamagataMunicipalityAsync(name);

    [Fact]
    public async Task A_records_history_says_who_changed_what_in_words_for_those_who_may_open_it_only()
    {
        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2031, 9, 1, 10, 0, 0));
        var murayama = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var log = database.Get<ContactLogService>();
        var (yamagata, tendo) = (await MunicipalityAsync("山形市"), await MunicipalityAsync("天童市"));
        var id = await log.CreateAsync(murayama, new ContactLogInput(new DateOnly(2031, 8, 20), ContactKind.Visit, [yamagata], null, "空き家対策", null, null));
        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2031, 9, 2, 10, 0, 0));
        await log.UpdateAsync(murayama, id, new ContactLogInput(new DateOnly(2031, 8, 20), ContactKind.PlanningManagersMeeting, [yamagata, tendo], null, "空き家バンクの広域化", null, null),
            (await log.GetAsync(murayama, id)).Version);

        var history = await Trail.HistoryAsync(murayama, RecordKind.Contact, id);
        Assert.Equal(["Updated", "Created"], history.Select(h => h.Action));
        var change = history[0];
        Assert.Equal(("村山 連携支援室", "村山総合支庁 総務企画部総務課連携支援室"), (change.UserName, change.OrganisationName));
        Assert.Contains(new FieldChange("Topics", "空き家対策", "空き家バンクの広域化"), change.Changes);
        Assert.Contains(new FieldChange("Kind", "Visit", "PlanningManagersMeeting", nameof(ContactKind)), change.Changes);
        Assert.Contains(new FieldChange("MunicipalityIds", "山形市", "山形市、天童市"), change.Changes); // ids named
        Assert.DoesNotContain(history[1].Changes, c => c.Property == "PrefectureId");
        Assert.Contains(new FieldChange("On", null, "2031-08-20"), history[1].Changes);

        var (shonai, city) = (await database.ActorAsync(DemoAccounts.ShonaiSupport), await database.ActorAsync(DemoAccounts.YamagataCity));
        await Assert.ThrowsAsync<NotFoundException>(() => Trail.HistoryAsync(shonai, RecordKind.Contact, id));
        await Assert.ThrowsAsync<NotFoundException>(() => Trail.HistoryAsync(city, RecordKind.Contact, id));
        Assert.Equal(2, (await Trail.HistoryAsync(await database.ActorAsync(DemoAccounts.Secretariat), RecordKind.Contact, id)).Count);
    }

    [Fact]
    public async Task The_trail_is_read_by_the_secretariat_and_the_administrator_filtered_and_never_across_prefectures()
    {
        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2032, 5, 10, 10, 0, 0));
        var murayama = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var id = await database.Get<ContactLogService>().CreateAsync(murayama,
            new ContactLogInput(new DateOnly(2032, 5, 9), ContactKind.Visit, [await MunicipalityAsync("上山市")], null, "観光の広域連携", null, null));
        await database.Get<SignInAudit>().RecordAsync(AuditEvents.SignedIn, murayama.UserId, "192.0.2.10");
        await database.Get<SignInAudit>().RecordAsync(AuditEvents.SignInFailed, murayama.UserId, "192.0.2.10");

        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var mine = await Trail.SearchAsync(secretariat, new AuditFilter(UserId: murayama.UserId, From: new DateOnly(2032, 5, 10), To: new DateOnly(2032, 5, 10)));
        Assert.Equal(["SignInFailed", "SignedIn", "Created"], mine.Rows.Select(r => r.Action));
        Assert.Equal("192.0.2.10", mine.Rows[0].Changes.Single(c => c.Property == "Address").New);
        var byOffice = await Trail.SearchAsync(secretariat, new AuditFilter(OrganisationId: murayama.OrganisationId, EntityType: nameof(ContactLogEntry),
            Action: "Created", From: new DateOnly(2032, 5, 10)));
        Assert.Equal(id.ToString(), Assert.Single(byOffice.Rows).EntityId);
        Assert.Empty((await Trail.SearchAsync(secretariat, new AuditFilter(UserId: murayama.UserId, From: new DateOnly(2032, 5, 11)))).Rows);
        Assert.Equal(3, (await Trail.ExportAsync(await database.ActorAsync(DemoAccounts.Admin), new AuditFilter(UserId: murayama.UserId, From: new DateOnly(2032, 5, 10)))).Count);
        var choices = await Trail.ChoicesAsync(secretariat);
        Assert.Contains(nameof(ContactLogEntry), choices.EntityTypes);
        Assert.Contains(choices.Users, u => u.Id == murayama.UserId);

        await Assert.ThrowsAsync<ForbiddenException>(() => Trail.SearchAsync(murayama, new AuditFilter()));
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        await Assert.ThrowsAsync<ForbiddenException>(() => Trail.ExportAsync(city, new AuditFilter()));
        var hokkaido = await database.ActorAsync(DemoAccounts.HokkaidoSecretariat);
        Assert.Empty((await Trail.SearchAsync(hokkaido, new AuditFilter(UserId: murayama.UserId))).Rows);
        Assert.DoesNotContain((await Trail.ChoicesAsync(hokkaido)).Users, u => u.Id == murayama.UserId);
        await Assert.ThrowsAsync<NotFoundException>(() => Trail.HistoryAsync(hokkaido, RecordKind.Contact, id));
    }
}
