using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;
using Renkei.Core.Regions;
using Renkei.Testing;

namespace Renkei.Core.Tests.Regions;

public class ContactLogTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private ContactLogService ContactLog => database.Get<ContactLogService>();

    private Task<int> MunicipalityAsync(string name) => database.YamagataMunicipalityAsync(name);

    [Fact]
    public async Task A_support_office_records_a_visit_to_its_municipalities_only_and_the_year_shows_who_was_not_visited()
    {
        database.Clock.SetUtcNow(new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.FromHours(9)));
        var murayama = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var yamagata = await MunicipalityAsync("山形市");
        var tsuruoka = await MunicipalityAsync("鶴岡市");

        var outside = await Assert.ThrowsAsync<ValidationException>(() => ContactLog.CreateAsync(murayama,
            new ContactLogInput(new DateOnly(2026, 8, 20), ContactKind.Visit, [yamagata, tsuruoka], null, "空き家対策について", null, null)));
        Assert.Equal("市町村は所管の市町村から選んでください。", Assert.Single(outside.Errors["MunicipalityIds"]));

        var id = await ContactLog.CreateAsync(murayama, new ContactLogInput(new DateOnly(2026, 8, 20), ContactKind.Visit, [yamagata], "山形市 企画調整課長",
            "空き家バンクの広域化について意見交換", "近隣町との物件情報の共有に課題", null));
        await ContactLog.CreateAsync(murayama, new ContactLogInput(new DateOnly(2026, 7, 10), ContactKind.PlanningManagersMeeting, [yamagata, await MunicipalityAsync("上山市")],
            null, "企画担当課長会議", null, null));

        var visits = await ContactLog.VisitsAsync(murayama);
        Assert.Equal(5, visits.Count); // 村山総合支庁 総務課連携支援室: 山形市, 上山市, 天童市, 山辺町, 中山町
        Assert.Equal((1, 2, new DateOnly(2026, 8, 20)), visits.Where(v => v.Name == "山形市").Select(v => (v.Visits, v.Contacts, v.LastVisit!.Value)).Single());
        Assert.Equal((true, 1), visits.Where(v => v.Name == "上山市").Select(v => (v.NotVisited, v.Contacts)).Single()); // met at a meeting only
        Assert.True(visits.Single(v => v.Name == "山辺町").NotVisited);
        Assert.Equal(0, (await ContactLog.VisitsAsync(murayama, 2025)).Sum(v => v.Visits));

        var shonai = await database.ActorAsync(DemoAccounts.ShonaiSupport);
        await Assert.ThrowsAsync<NotFoundException>(() => ContactLog.GetAsync(shonai, id)); // another office's notes
        Assert.DoesNotContain(await ContactLog.ListAsync(shonai), e => e.Id == id);
        Assert.Contains(await ContactLog.ListAsync(await database.ActorAsync(DemoAccounts.Secretariat)), e => e.Id == id);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        await Assert.ThrowsAsync<ForbiddenException>(() => ContactLog.CreateAsync(city,
            new ContactLogInput(new DateOnly(2026, 8, 20), ContactKind.Visit, [yamagata], null, "x", null, null)));
    }

    [Fact]
    public async Task Follow_ups_are_open_until_done_overdue_after_their_day_and_a_stale_edit_is_a_conflict()
    {
        database.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.FromHours(9)));
        var murayama = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var id = await ContactLog.CreateAsync(murayama, new ContactLogInput(new DateOnly(2026, 9, 5), ContactKind.Visit, [await MunicipalityAsync("天童市")], null,
            "除雪ボランティアの広域化", null, null));
        var shown = (await ContactLog.GetAsync(murayama, id)).Version;
        await ContactLog.AddFollowUpAsync(murayama, id, new FollowUpInput("県土整備部に登録制度を確認", "連携支援室 担当", new DateOnly(2026, 9, 30)), shown);
        await Assert.ThrowsAsync<ConflictException>(() => ContactLog.AddFollowUpAsync(murayama, id, new FollowUpInput("別の対応", "担当", null), shown));

        var open = Assert.Single(await ContactLog.OpenFollowUpsAsync(murayama), f => f.EntryId == id);
        Assert.True(open.IsOverdue);
        var view = await ContactLog.GetAsync(murayama, id);
        var missing = await Assert.ThrowsAsync<ValidationException>(() => ContactLog.AddFollowUpAsync(murayama, id, new FollowUpInput(" ", null, null), view.Version));
        Assert.Contains("対応することを入力してください。", missing.Message);
        await ContactLog.CompleteFollowUpAsync(murayama, id, open.FollowUpId, new DateOnly(2026, 10, 1), view.Version);
        Assert.DoesNotContain(await ContactLog.OpenFollowUpsAsync(murayama), f => f.EntryId == id);
    }
}
