using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;
using Renkei.Core.Regions;
using Renkei.Core.Themes;
using Renkei.Testing;

namespace Renkei.Core.Tests.Regions;

/// <summary>The 連携支援サポートチーム: members kept by their office, requests for a theme or a need tracked to the answer.</summary>
public class SupportTeamTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private SupportTeamService Team => database.Get<SupportTeamService>();

    /// <summary>A regional theme of 村山's office, stored directly (how it came from needs does not matter here).</summary>
    private async Task<int> ThemeAsync(string title)
    {
        var office = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        await using var db = database.CreateDbContext();
        if (await db.Themes.Where(t => t.Title == title).Select(t => (int?)t.Id).FirstOrDefaultAsync() is { } id)
        {
            return id;
        }
        var theme = new CollaborationTheme
        {
            PrefectureId = office.PrefectureId, Title = title, OwnerOrganisationId = office.OrganisationId, Scope = ThemeScope.Regional,
            CreatedAt = database.Clock.GetUtcNow(), StateChangedAt = database.Clock.GetUtcNow(),
        };
        db.Themes.Add(theme);
        await db.SaveChangesAsync();
        return theme.Id;
    }

    [Fact]
    public async Task An_office_keeps_its_team_and_follows_a_request_to_its_answer()
    {
        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2033, 7, 1, 10, 0, 0));
        var murayama = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Team.AddMemberAsync(murayama, new SupportMemberInput(" ", null, [], null)));
        Assert.Equal(["Department", "Fields", "Post"], refused.Errors.Keys.Order());
        var builder = await Team.AddMemberAsync(murayama, new SupportMemberInput("建設部", "建設総務課 技術管理主幹", [SupportField.CivilEngineering, SupportField.Building], "内線 1234"));
        var theme = await ThemeAsync("空き家の利活用（村山地域）");

        var missing = await Assert.ThrowsAsync<ValidationException>(() => Team.RequestAsync(murayama, new SupportRequestInput(null, null, SupportField.Building, "", null, null)));
        Assert.Equal(["Question", "ThemeId"], missing.Errors.Keys.Order());
        var past = await Assert.ThrowsAsync<ValidationException>(() => Team.RequestAsync(murayama,
            new SupportRequestInput(theme, null, SupportField.Building, "耐震診断の進め方", new DateOnly(2033, 6, 30), builder)));
        Assert.True(past.Errors.ContainsKey("WantedBy"));
        var id = await Team.RequestAsync(murayama, new SupportRequestInput(theme, null, SupportField.Building, "空き家の耐震診断の進め方について助言がほしい", new DateOnly(2033, 7, 15), builder));

        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2033, 7, 20, 10, 0, 0));
        var open = (await Team.GetAsync(murayama)).Requests.Single(r => r.Id == id);
        Assert.Equal(("空き家の利活用（村山地域）", "建設部 建設総務課 技術管理主幹", SupportRequestState.Open, true), (open.ThemeTitle, open.Member, open.State, open.IsOverdue));
        await Assert.ThrowsAsync<ConflictException>(() => Team.AnswerAsync(murayama, id, "回答", new DateOnly(2033, 7, 20), null, open.Version + 1));
        var early = await Assert.ThrowsAsync<ValidationException>(() => Team.AnswerAsync(murayama, id, "回答", new DateOnly(2033, 6, 1), null, open.Version));
        Assert.True(early.Errors.ContainsKey("AnsweredOn"));
        await Team.AnswerAsync(murayama, id, "県の耐震診断士派遣制度を紹介", new DateOnly(2033, 7, 19), null, open.Version);
        var answered = (await Team.GetAsync(murayama)).Requests.Single(r => r.Id == id);
        Assert.Equal((SupportRequestState.Answered, false, "県の耐震診断士派遣制度を紹介"), (answered.State, answered.IsOverdue, answered.Answer));

        // The member is changed with the version it was shown, and leaves without taking the answer along.
        var member = (await Team.GetAsync(murayama)).Members.Single(m => m.Id == builder);
        await Team.UpdateMemberAsync(murayama, builder, new SupportMemberInput("建設部", "建築課 主査", [SupportField.Building], null), member.Version);
        await Assert.ThrowsAsync<ConflictException>(() => Team.RemoveMemberAsync(murayama, builder, member.Version));
        await Team.RemoveMemberAsync(murayama, builder, (await Team.GetAsync(murayama)).Members.Single(m => m.Id == builder).Version);
        Assert.Null((await Team.GetAsync(murayama)).Requests.Single(r => r.Id == id).Member);
    }

    [Fact]
    public async Task Each_office_sees_its_own_team_the_secretariat_reads_all_and_others_are_refused()
    {
        var murayama = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var member = await Team.AddMemberAsync(murayama, new SupportMemberInput("保健福祉環境部", "保健企画課", [SupportField.Health], null));
        var shonai = await database.ActorAsync(DemoAccounts.ShonaiSupport);
        Assert.DoesNotContain((await Team.GetAsync(shonai)).Members, m => m.Id == member);
        await Assert.ThrowsAsync<NotFoundException>(() => Team.RemoveMemberAsync(shonai, member, 1));
        var theme = await ThemeAsync("空き家の利活用（村山地域）");
        var asked = await Assert.ThrowsAsync<ValidationException>(() => Team.RequestAsync(shonai,
            new SupportRequestInput(theme, null, SupportField.Health, "相談", null, member)));
        Assert.True(asked.Errors.ContainsKey("MemberId")); // another office's member
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var all = await Team.GetAsync(secretariat);
        Assert.False(all.CanEdit);
        Assert.Contains(all.Members, m => m.Id == member && m.Office == "村山総合支庁 総務企画部総務課連携支援室");
        await Assert.ThrowsAsync<ForbiddenException>(() => Team.AddMemberAsync(secretariat, new SupportMemberInput("建設部", "課", [SupportField.Building], null)));
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        await Assert.ThrowsAsync<ForbiddenException>(() => Team.GetAsync(city));
        Assert.Empty((await Team.GetAsync(await database.ActorAsync(DemoAccounts.HokkaidoSecretariat))).Members);
    }
}
