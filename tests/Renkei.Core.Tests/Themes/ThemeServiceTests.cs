using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Organisations;
using Renkei.Core.Themes;
using Renkei.Testing;

namespace Renkei.Core.Tests.Themes;

public class ThemeServiceTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private ThemeService Themes => database.Get<ThemeService>();

    /// <summary>Two unclaimed needs of two different municipalities of the 村山 (総務課) jurisdiction, from the 2017 answers.</summary>
    private async Task<(Actor Office, int[] ItemIds)> TwoNeedsAsync(string officeEmail = DemoAccounts.MurayamaSupport)
    {
        var office = await database.ActorAsync(officeEmail);
        var rows = await database.Get<TriageService>().ListAsync(office, new TriageFilter(State: TriageState.Unreviewed));
        var first = rows.First();
        var second = rows.First(r => r.OrganisationId != first.OrganisationId);
        return (office, [first.ItemId, second.ItemId]);
    }

    private static ThemeInput Fields(ThemeDetail t, DeploymentMethod? method = DeploymentMethod.Pioneering) => new(
        t.Title, t.Summary, method, [CollaborationMethod.BudgetAndRoles], t.LeadDepartmentId, [.. t.Participants.Select(p => p.Id)], t.StudyBody, t.Outcome, t.BudgetNotes);

    [Fact]
    public async Task A_support_office_makes_a_regional_candidate_from_two_municipalities_needs()
    {
        var (office, items) = await TwoNeedsAsync();
        var id = await Themes.CreateFromNeedsAsync(office, new NewThemeInput("若者の移住定住の広域連携", "空き家と移住相談をまとめて扱う", items));

        var theme = await Themes.GetAsync(office, id);
        Assert.Equal((ThemeState.Candidate, ThemeScope.Regional, office.OrganisationId), (theme.State, theme.Scope, theme.OwnerOrganisationId));
        Assert.Equal(2, theme.Participants.Count);
        Assert.Equal(items.Order(), theme.Needs.Select(n => n.ItemId).Order());
        Assert.True(theme.CanSteer);
        var timeline = Assert.Single(theme.Timeline);
        Assert.Equal(("村山 連携支援室", ThemeState.Candidate), (timeline.UserName, timeline.To));
        var triage = await database.Get<TriageService>().ListAsync(office, new TriageFilter(State: TriageState.Themed));
        Assert.All(triage.Where(r => items.Contains(r.ItemId)), r => Assert.Equal((id, "若者の移住定住の広域連携"), (r.ThemeId!.Value, r.ThemeTitle!)));

        var shonai = await database.ActorAsync(DemoAccounts.ShonaiSupport);
        await Assert.ThrowsAsync<NotFoundException>(() => Themes.GetAsync(shonai, id)); // not its region
        await Assert.ThrowsAsync<ForbiddenException>(() => Themes.CreateFromNeedsAsync(shonai, new NewThemeInput("他地域", null, items)));
        await Assert.ThrowsAsync<ValidationException>(() => Themes.CreateFromNeedsAsync(office, new NewThemeInput(" ", null, [])));
    }

    [Fact]
    public async Task The_path_cannot_be_skipped_and_every_step_needs_a_reason()
    {
        var (office, items) = await TwoNeedsAsync();
        var id = await Themes.CreateFromNeedsAsync(office, new NewThemeInput("買い物支援のモデル事業", null, items));

        var skip = await Assert.ThrowsAsync<ValidationException>(async () => await Themes.TransitionAsync(office, id, new TransitionInput(ThemeState.Studying, "急ぎ") with { Version = await database.VersionAsync<CollaborationTheme>(id) }));
        Assert.Contains("「候補」から「検討中」へは進められません。次は「決定」です。", skip.Message);
        var noReason = await Assert.ThrowsAsync<ValidationException>(async () => await Themes.TransitionAsync(office, id, new TransitionInput(ThemeState.Decided, "") with { Version = await database.VersionAsync<CollaborationTheme>(id) }));
        Assert.True(noReason.Errors.ContainsKey("Reason"));
        Assert.True(noReason.Errors.ContainsKey("DeploymentMethod")); // 決定 needs a deployment method

        var theme = await Themes.GetAsync(office, id);
        await Themes.UpdateAsync(office, id, Fields(theme), theme.Version);
        foreach (var step in new[] { ThemeState.Decided, ThemeState.Studying, ThemeState.Budgeted, ThemeState.InProgress, ThemeState.Completed })
        {
            await Themes.TransitionAsync(office, id, new TransitionInput(step, $"{step.ToJapanese()}へ") with { Version = await database.VersionAsync<CollaborationTheme>(id) });
        }
        var done = await Assert.ThrowsAsync<ValidationException>(async () => await Themes.TransitionAsync(office, id, new TransitionInput(ThemeState.Deferred, "今さら") with { Version = await database.VersionAsync<CollaborationTheme>(id) }));
        Assert.Contains("「完了」のテーマは見送りにできません", done.Message);
        theme = await Themes.GetAsync(office, id);
        Assert.Equal(6, theme.Timeline.Count);
        Assert.Equal(ThemeFramework.RegionalRevitalisation, theme.Framework);
    }

    [Fact]
    public async Task A_prefecture_wide_theme_moves_by_the_council_decision_only()
    {
        var (office, items) = await TwoNeedsAsync();
        var id = await Themes.CreateFromNeedsAsync(office, new NewThemeInput("水道事業のあり方検討", null, items));
        var theme = await Themes.GetAsync(office, id);
        await Themes.UpdateAsync(office, id, Fields(theme, DeploymentMethod.FoundationSupport), theme.Version);

        await Assert.ThrowsAsync<ValidationException>(async () => await Themes.EscalateAsync(office, id, "", await database.VersionAsync<CollaborationTheme>(id)));
        await Themes.EscalateAsync(office, id, "全市町村に共通する課題のため", await database.VersionAsync<CollaborationTheme>(id));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Themes.TransitionAsync(office, id, new TransitionInput(ThemeState.Decided, "決定") with { Version = await database.VersionAsync<CollaborationTheme>(id) }));

        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var missing = await Assert.ThrowsAsync<ValidationException>(async () => await Themes.TransitionAsync(secretariat, id, new TransitionInput(ThemeState.Decided, "第1回会議で決定") with { Version = await database.VersionAsync<CollaborationTheme>(id) }));
        Assert.Equal(["DecisionDate", "DecisionText"], missing.Errors.Keys.Order());
        await Themes.TransitionAsync(secretariat, id, new TransitionInput(ThemeState.Decided, "第1回会議で決定", "新たな連携テーマとして決定する。", new DateOnly(2018, 7, 20)) with { Version = await database.VersionAsync<CollaborationTheme>(id) });

        theme = await Themes.GetAsync(secretariat, id);
        Assert.Equal((ThemeScope.Prefectural, ThemeState.Decided), (theme.Scope, theme.State));
        Assert.Equal("企画振興部 市町村課", theme.OwnerName);
        Assert.True(theme.Timeline[1].Escalated);
        Assert.Equal(("新たな連携テーマとして決定する。", new DateOnly(2018, 7, 20)), (theme.Timeline[2].DecisionText, theme.Timeline[2].DecisionDate!.Value));
        Assert.NotNull(await Themes.GetAsync(await database.ActorAsync(DemoAccounts.ShonaiSupport), id)); // 全県: every office reads it
    }

    [Fact]
    public async Task A_municipality_reads_the_themes_it_takes_part_in_and_only_its_own_needs()
    {
        var office = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var rows = await database.Get<TriageService>().ListAsync(office, new TriageFilter(State: TriageState.Unreviewed));
        var mine = rows.First(r => r.OrganisationId == city.OrganisationId);
        var other = rows.First(r => r.OrganisationId != city.OrganisationId);
        var id = await Themes.CreateFromNeedsAsync(office, new NewThemeInput("専門・技術的分野の支援", null, [mine.ItemId, other.ItemId]));

        var seen = await Themes.GetAsync(city, id);
        Assert.Equal([mine.ItemId], seen.Needs.Select(n => n.ItemId));
        Assert.False(seen.CanSteer);
        Assert.Contains(await Themes.ListAsync(city), t => t.Id == id);
        var states = await database.Get<TriageService>().OwnNeedStatesAsync(city, mine.SurveyId);
        Assert.Equal(new TriageService.OwnNeedState(TriageState.Themed, id, "専門・技術的分野の支援", ThemeState.Candidate), states[mine.ItemId]);
        Assert.DoesNotContain(other.ItemId, states.Keys);
        await Assert.ThrowsAsync<NotFoundException>(async () => await Themes.GetAsync(await database.ActorAsync(DemoAccounts.TsuruokaCity), id));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Themes.TransitionAsync(await database.ActorAsync(DemoAccounts.KenkoFukushi), id, new TransitionInput(ThemeState.Decided, "x") with { Version = await database.VersionAsync<CollaborationTheme>(id) }));
    }

    [Fact]
    public async Task Fields_are_checked_and_a_stale_edit_is_a_conflict()
    {
        var (office, items) = await TwoNeedsAsync();
        var id = await Themes.CreateFromNeedsAsync(office, new NewThemeInput("個人住民税の共同催告", null, items));
        var theme = await Themes.GetAsync(office, id);
        var bad = Fields(theme) with { Title = new string('税', 201), ParticipantIds = [999_999], LeadDepartmentId = 999_999 };
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Themes.UpdateAsync(office, id, bad, theme.Version));
        Assert.Equal(["LeadDepartmentId", "ParticipantIds", "Title"], refused.Errors.Keys.Order());

        await using (var db = database.CreateDbContext())
        {
            var lead = await db.Departments.SingleAsync(d => d.Name == "総務部 人事課");
            var version = await Themes.UpdateAsync(office, id, Fields(theme) with { LeadDepartmentId = lead.Id, StudyBody = "税務ワーキングチーム",
                BudgetNotes = [new BudgetNoteView(2019, "催告書の共同印刷費を計上")] }, theme.Version);
            Assert.NotEqual(theme.Version, version);
        }
        await Assert.ThrowsAsync<ConflictException>(() => Themes.UpdateAsync(office, id, Fields(theme), theme.Version));
        var saved = await Themes.GetAsync(office, id);
        Assert.Equal(("総務部 人事課", "税務ワーキングチーム"), (saved.LeadDepartmentName, saved.StudyBody));
        Assert.Equal("催告書の共同印刷費を計上", Assert.Single(saved.BudgetNotes).Note);
    }

    [Fact]
    public async Task The_seeds_example_themes_are_there_with_the_history_that_got_them_where_they_stand()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var themes = (await Themes.ListAsync(secretariat)).Where(t => t.Id <= 7).ToList();
        Assert.Equal(["若者移住", "離島振興（飛島）", "買い物支援", "専門・技術的分野の支援", "市町村の情報システムの運用支援", "水道事業のあり方検討", "個人住民税の共同催告"],
            themes.OrderBy(t => t.Id).Select(t => t.Title));
        foreach (var item in themes)
        {
            var theme = await Themes.GetAsync(secretariat, item.Id);
            Assert.NotEmpty(theme.Needs);
            Assert.Equal(theme.State, theme.Timeline[^1].To);
            Assert.Equal(ThemeState.Candidate, theme.Timeline[0].To);
            if (theme.Scope == ThemeScope.Prefectural && theme.State != ThemeState.Candidate)
            {
                Assert.Contains(theme.Timeline, s => s.To == ThemeState.Decided && s.DecisionText is not null && s.DecisionDate is not null);
            }
        }
        var taxId = themes.Single(t => t.Title == "個人住民税の共同催告").Id;
        var tax = await Themes.GetAsync(secretariat, taxId);
        Assert.Equal((ThemeScope.Regional, ThemeState.Completed, "最上総合支庁 総務企画部総務課連携支援室"), (tax.Scope, tax.State, tax.OwnerName));
        Assert.Equal(3, tax.Needs.Count);
        await Assert.ThrowsAsync<NotFoundException>(async () => await Themes.GetAsync(await database.ActorAsync(DemoAccounts.MurayamaSupport), taxId)); // another region
        Assert.Contains("酒田市", (await Themes.GetAsync(secretariat, themes.Single(t => t.Title.StartsWith("離島")).Id)).Participants.Select(p => p.Name));
    }

    [Fact]
    public async Task A_need_in_one_theme_is_not_silently_taken_by_another_but_moves_when_asked_and_both_timelines_say_so()
    {
        var (office, items) = await TwoNeedsAsync();
        var first = await Themes.CreateFromNeedsAsync(office, new NewThemeInput("地域交通の広域化", null, items));
        var refused = await Assert.ThrowsAsync<ConflictException>(() => Themes.CreateFromNeedsAsync(office, new NewThemeInput("デマンド交通の共同運行", null, [items[0]])));
        Assert.Contains("すでにテーマ「地域交通の広域化」に含まれています", refused.Message);
        var another = (await Themes.ListAsync(office)).First(t => t.Id != first).Id;
        await Assert.ThrowsAsync<ConflictException>(() => Themes.LinkNeedsAsync(office, another, [items[1]]));
        Assert.Equal(2, (await Themes.GetAsync(office, first)).Needs.Count);

        var second = await Themes.CreateFromNeedsAsync(office, new NewThemeInput("デマンド交通の共同運行", null, [items[0]], Move: true));
        Assert.Single((await Themes.GetAsync(office, first)).Needs);
        Assert.Single((await Themes.GetAsync(office, second)).Needs);
        Assert.Contains((await Themes.GetAsync(office, first)).Timeline, t => t.Reason.Contains("へ移動") && t.Reason.Contains("デマンド交通の共同運行"));
        Assert.Contains((await Themes.GetAsync(office, second)).Timeline, t => t.Reason.Contains("から移動") && t.Reason.Contains("地域交通の広域化"));
    }
}
