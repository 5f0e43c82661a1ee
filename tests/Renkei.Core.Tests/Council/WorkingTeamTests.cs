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
}
