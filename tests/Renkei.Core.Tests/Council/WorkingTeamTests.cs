using Renkei.Core.Common;
using Renkei.Core.Council;
using Renkei.Core.Themes;
using Renkei.Testing;

namespace Renkei.Core.Tests.Council;

public class WorkingTeamTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private WorkingTeamService Teams => database.Get<WorkingTeamService>();

    [Fact]
    public async Task The_support_office_sets_up_a_team_for_its_theme_with_the_themes_people_and_keeps_its_roster()
    {
        var office = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var need = (await database.Get<TriageService>().ListAsync(office, new TriageFilter(State: TriageState.Unreviewed))).First();
        var themeId = await database.Get<ThemeService>().CreateFromNeedsAsync(office, new NewThemeInput("空き家バンクの共同運営", null, [need.ItemId]));

        await Assert.ThrowsAsync<ForbiddenException>(async () => await Teams.CreateAsync(await database.ActorAsync(DemoAccounts.KenkoFukushi), themeId, null));
        var id = await Teams.CreateAsync(office, themeId, null);
        var again = await Assert.ThrowsAsync<ConflictException>(() => Teams.CreateAsync(office, themeId, "別の名前"));
        Assert.Contains("既に設置", again.Message);

        var today = Core.Calendar.JapanDate.Today(database.Clock);
        var bodies = await database.Get<CouncilService>().ListBodiesAsync(office, today);
        var team = bodies.Single(b => b.Id == id);
        Assert.Equal((BodyKind.WorkingTeam, themeId, "空き家バンクの共同運営ワーキングチーム", true), (team.Kind, team.ThemeId, team.Name, team.CanEdit));
        Assert.StartsWith("村山総合支庁", team.ChairPost);
        Assert.Equal(["連携支援室長", "担当課長等"], team.Members.Select(m => m.Post));
        Assert.Equal(need.OrganisationName, team.Members[1].OrganisationName);
        Assert.False(bodies.Single(b => b.Kind == BodyKind.SteeringCommittee).CanEdit);
        Assert.Equal("空き家バンクの共同運営ワーキングチーム", (await database.Get<ThemeService>().GetAsync(office, themeId)).StudyBody);

        var council = database.Get<CouncilService>();
        var department = await database.ActorAsync(DemoAccounts.KenkoFukushi);
        await council.AddMemberAsync(office, id, department.OrganisationId, "担当課長", today);
        var secretaries = bodies.Single(b => b.Kind == BodyKind.SteeringCommittee);
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => council.AddMemberAsync(office, secretaries.Id, department.OrganisationId, "担当課長", today));
        Assert.Contains("事務局", refused.Message);
        Assert.Equal(3, (await council.ListBodiesAsync(office, today)).Single(b => b.Id == id).Members.Count);
    }

    [Fact]
    public async Task Whoever_steers_the_theme_schedules_and_runs_its_teams_meetings_and_nobody_else_but_the_secretariat()
    {
        var office = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var need = (await database.Get<TriageService>().ListAsync(office, new TriageFilter(State: TriageState.Unreviewed))).Last();
        var themeId = await database.Get<ThemeService>().CreateFromNeedsAsync(office, new NewThemeInput("地域公共交通の共同運行", null, [need.ItemId]));
        var team = await Teams.CreateAsync(office, themeId, null);
        var meetings = database.Get<MeetingService>();
        var startsAt = new DateTimeOffset(2026, 10, 5, 14, 0, 0, TimeSpan.FromHours(9));

        var shonai = await database.ActorAsync(DemoAccounts.ShonaiSupport);
        await Assert.ThrowsAsync<ForbiddenException>(() => meetings.CreateAsync(shonai, team, 2026, new MeetingInput("第1回", startsAt, null, false, null)));
        var id = await meetings.CreateAsync(office, team, 2026, new MeetingInput("第1回ワーキングチーム会議", startsAt, "村山総合支庁 会議室", false, null));
        var shown = await meetings.GetAsync(office, id);
        Assert.True(shown.CanManage);
        Assert.False((await meetings.GetAsync(shonai, id)).CanManage);
        Assert.True((await meetings.GetAsync(await database.ActorAsync(DemoAccounts.Secretariat), id)).CanManage);
        var listed = await meetings.ListAsync(office, 2026);
        Assert.True(listed.Single(m => m.Id == id).CanManage);
        Assert.All(listed.Where(m => m.BodyKind != BodyKind.WorkingTeam), m => Assert.False(m.CanManage)); // the council's own stay the secretariat's

        await meetings.UpdateAsync(office, id, new MeetingInput("第1回ワーキングチーム会議", startsAt, "村山総合支庁 302会議室", false, null), shown.Version);
        var agenda = database.Get<AgendaService>();
        var item = await agenda.AddAsync(office, id, new AgendaItemInput(AgendaItemKind.Exchange, "運行経費の按分", office.OrganisationId, null));
        await Assert.ThrowsAsync<ForbiddenException>(() => agenda.AddAsync(shonai, id, new AgendaItemInput(AgendaItemKind.Exchange, "x", null, null)));
        await agenda.AdvanceAsync(office, id, MeetingState.AgendaFixed, (await meetings.GetAsync(office, id)).Version);
        Assert.Equal(MeetingState.AgendaFixed, (await meetings.GetAsync(office, id)).State);
        Assert.Single(await agenda.ListAsync(office, id), i => i.Id == item);

        await database.Get<AnnualCycleService>().GenerateAsync(await database.ActorAsync(DemoAccounts.Secretariat), 2027);
        var steering = (await meetings.ListAsync(office, 2027)).First(m => m.BodyKind == BodyKind.SteeringCommittee);
        Assert.False(steering.CanManage);
        await Assert.ThrowsAsync<ForbiddenException>(() => meetings.UpdateAsync(office, steering.Id, new MeetingInput(steering.Title, null, null, false, null), steering.Version));
    }
}
