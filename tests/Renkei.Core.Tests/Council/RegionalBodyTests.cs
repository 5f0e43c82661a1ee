using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;
using Renkei.Core.Council;
using Renkei.Testing;

namespace Renkei.Core.Tests.Council;

/// <summary>Regional bodies (policy 4(1)): a 連携支援室 sets up its 副首長会議 or 企画担当課長会議 and runs it with the council's machinery.</summary>
public class RegionalBodyTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private CouncilService Council => database.Get<CouncilService>();

    [Fact]
    public async Task The_support_office_sets_up_its_deputy_mayors_meeting_with_its_municipalities_and_runs_its_meetings()
    {
        var office = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var today = Core.Calendar.JapanDate.Today(database.Clock);
        var id = await Council.CreateRegionalBodyAsync(office, BodyKind.DeputyMayorsMeeting, "村山地域副首長会議", "村山総合支庁長", today);

        List<int> jurisdiction;
        await using (var db = database.CreateDbContext())
        {
            jurisdiction = await db.Municipalities.Where(m => m.SupportOfficeId == office.OrganisationId).Select(m => m.Id).ToListAsync();
        }
        var body = (await Council.ListBodiesAsync(office, today)).Single(b => b.Id == id);
        Assert.Equal((BodyKind.DeputyMayorsMeeting, office.OrganisationId, "村山総合支庁 総務企画部総務課連携支援室", true), (body.Kind, body.OwnerOrganisationId, body.OwnerName, body.CanEdit));
        Assert.Equal(jurisdiction.Order(), body.Members.Where(m => m.Post == "副市町村長").Select(m => m.OrganisationId).Order());
        Assert.Equal("連携支援室長", body.Members[0].Post);
        var shonai = await database.ActorAsync(DemoAccounts.ShonaiSupport);
        Assert.False((await Council.ListBodiesAsync(shonai, today)).Single(b => b.Id == id).CanEdit);
        Assert.True((await Council.ListBodiesAsync(await database.ActorAsync(DemoAccounts.Secretariat), today)).Single(b => b.Id == id).CanEdit);

        // The office keeps the roster and runs the meetings; another office does neither.
        var department = await database.ActorAsync(DemoAccounts.KenkoFukushi);
        await Council.AddMemberAsync(office, id, department.OrganisationId, "地域保健課長", today);
        await Assert.ThrowsAsync<ForbiddenException>(() => Council.AddMemberAsync(shonai, id, department.OrganisationId, "課長", today));
        var meetings = database.Get<MeetingService>();
        var startsAt = new DateTimeOffset(today.Year, today.Month, today.Day, 10, 0, 0, TimeSpan.FromHours(9)).AddDays(20);
        var fiscalYear = Core.Calendar.FiscalYear.Of(startsAt).StartYear;
        await Assert.ThrowsAsync<ForbiddenException>(() => meetings.CreateAsync(shonai, id, fiscalYear, new MeetingInput("第1回", startsAt, "山形市", false, null)));
        var meeting = await meetings.CreateAsync(office, id, fiscalYear, new MeetingInput("第1回村山地域副首長会議", startsAt, "村山総合支庁 講堂", false, null));
        Assert.True((await meetings.GetAsync(office, meeting)).CanManage);
        Assert.False((await meetings.GetAsync(shonai, meeting)).CanManage);
        await database.Get<AgendaService>().AddAsync(office, meeting, new AgendaItemInput(AgendaItemKind.Exchange, "地域の連携課題について", null, null));
    }

    [Fact]
    public async Task Only_a_support_office_sets_up_a_regional_body_of_a_regional_kind_with_a_name_of_its_own()
    {
        var office = await database.ActorAsync(DemoAccounts.ShonaiSupport);
        var today = Core.Calendar.JapanDate.Today(database.Clock);
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Council.CreateRegionalBodyAsync(await database.ActorAsync(DemoAccounts.TsuruokaCity), BodyKind.StaffMeeting, "庄内地域担当者会議", "室長", today));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Council.CreateRegionalBodyAsync(await database.ActorAsync(DemoAccounts.Secretariat), BodyKind.StaffMeeting, "庄内地域担当者会議", "室長", today));
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Council.CreateRegionalBodyAsync(office, BodyKind.SteeringCommittee, " ", null, today));
        Assert.Equal(["ChairPost", "Kind", "Name"], refused.Errors.Keys.Order());
        await Council.CreateRegionalBodyAsync(office, BodyKind.PlanningManagersMeeting, "庄内地域企画担当課長会議", "連携支援室長", today);
        var twice = await Assert.ThrowsAsync<ValidationException>(() => Council.CreateRegionalBodyAsync(office, BodyKind.PlanningManagersMeeting, "庄内地域企画担当課長会議", "連携支援室長", today));
        Assert.Equal(["Name"], twice.Errors.Keys);
        var body = (await Council.ListBodiesAsync(office, today)).Single(b => b.Name == "庄内地域企画担当課長会議");
        Assert.All(body.Members.Skip(1), m => Assert.Equal("企画担当課長", m.Post));
    }
}
