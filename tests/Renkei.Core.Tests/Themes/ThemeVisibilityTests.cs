using Renkei.Core.Common;
using Renkei.Core.Search;
using Renkei.Core.Themes;
using Renkei.Testing;

namespace Renkei.Core.Tests.Themes;

/// <summary>公開 / 庁内 / 部外秘 on themes, applied to the list, the page and the search alike.</summary>
public class ThemeVisibilityTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private ThemeService Themes => database.Get<ThemeService>();

    private static ThemeInput InputOf(ThemeDetail d, Visibility? visibility, int? leadDepartmentId) =>
        new(d.Title, d.Summary, d.DeploymentMethod, d.Methods, leadDepartmentId, d.Participants.Select(p => p.Id).ToArray(), d.StudyBody, d.Outcome, d.BudgetNotes, visibility);

    private async Task<bool> FindsAsync(string email, ThemeDetail theme)
    {
        var actor = await database.ActorAsync(email);
        var listed = (await Themes.ListAsync(actor)).Any(t => t.Id == theme.Id);
        var found = (await database.Get<SearchService>().SearchAsync(actor, new SearchQuery(theme.Title, Kind: SearchKind.Theme))).Groups.SelectMany(g => g.Hits).Any(h => h.Id == theme.Id);
        var opened = await Record.ExceptionAsync(() => Themes.GetAsync(actor, theme.Id)) is null;
        Assert.True(listed == found && found == opened, $"{email}: listed {listed}, found {found}, opened {opened}");
        return listed;
    }

    [Fact]
    public async Task A_confidential_theme_is_read_only_by_the_secretariat_its_office_lead_department_and_participants_and_a_public_one_by_all()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var kenko = await database.ActorAsync(DemoAccounts.KenkoFukushi);
        // A 全県 theme without 鶴岡市 among its participants.
        var summary = (await Themes.ListAsync(secretariat)).First(t => t.Scope == ThemeScope.Prefectural
            && !t.ParticipantIds.Contains(kenko.OrganisationId) && !t.ParticipantIds.Contains(database.YamagataMunicipalityAsync("鶴岡市").Result));
        var theme = await Themes.GetAsync(secretariat, summary.Id);
        Assert.Equal(Visibility.Internal, theme.Visibility);
        Assert.True(await FindsAsync(DemoAccounts.KenkoFukushi, theme));
        Assert.True(await FindsAsync(DemoAccounts.ShonaiSupport, theme)); // 全県: every office reads it
        Assert.False(await FindsAsync(DemoAccounts.TsuruokaCity, theme));

        var lead = theme.LeadDepartmentId is { } l && l != kenko.OrganisationId ? l : (int?)null;
        await Themes.UpdateAsync(secretariat, theme.Id, InputOf(theme, Visibility.Confidential, lead), theme.Version);
        theme = await Themes.GetAsync(secretariat, theme.Id);
        Assert.Equal(Visibility.Confidential, theme.Visibility);
        Assert.False(await FindsAsync(DemoAccounts.KenkoFukushi, theme));
        Assert.False(await FindsAsync(DemoAccounts.ShonaiSupport, theme));
        Assert.False(await FindsAsync(DemoAccounts.Admin, theme));
        Assert.True(await FindsAsync(DemoAccounts.Secretariat, theme));

        await Themes.UpdateAsync(secretariat, theme.Id, InputOf(theme, null, kenko.OrganisationId), theme.Version); // null keeps 部外秘
        theme = await Themes.GetAsync(secretariat, theme.Id);
        Assert.Equal(Visibility.Confidential, theme.Visibility);
        Assert.True(await FindsAsync(DemoAccounts.KenkoFukushi, theme)); // now its lead department

        await Themes.UpdateAsync(secretariat, theme.Id, InputOf(theme, Visibility.Public, theme.LeadDepartmentId), theme.Version);
        theme = await Themes.GetAsync(secretariat, theme.Id);
        Assert.True(await FindsAsync(DemoAccounts.TsuruokaCity, theme)); // 公開: every member of staff
        Assert.True(await FindsAsync(DemoAccounts.ShonaiSupport, theme));

        var refused = await Assert.ThrowsAsync<ValidationException>(() => Themes.UpdateAsync(secretariat, theme.Id, InputOf(theme, (Visibility)7, theme.LeadDepartmentId), theme.Version));
        Assert.True(refused.Errors.ContainsKey("Visibility"));
    }
}
