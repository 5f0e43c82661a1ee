using Renkei.Core.Cases;
using Renkei.Core.Common;
using Renkei.Testing;

namespace Renkei.Core.Tests.Cases;

public class CaseReviewTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private CaseService Cases => database.Get<CaseService>();
    private CaseLibrary Library => database.Get<CaseLibrary>();

    [Fact]
    public async Task Others_see_a_case_only_once_the_secretariat_has_approved_it()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var tsuruoka = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var id = await Cases.CreateAsync(city, CaseFixtures.Input("雪下ろし支援の共同化", [city.OrganisationId]));

        Assert.Equal(CaseState.Draft, (await Cases.GetAsync(city, id)).State);
        await Assert.ThrowsAsync<NotFoundException>(() => Cases.GetAsync(tsuruoka, id));
        Assert.Equal(0, (await Library.SearchAsync(tsuruoka, new CaseQuery("雪下ろし"))).Total);
        var submitted = await Cases.SubmitAsync(city, id, await database.VersionAsync<Case>(id));
        Assert.True((await Cases.GetAsync(secretariat, id)).CanReview);
        Assert.Contains((await Library.SearchAsync(secretariat, new CaseQuery(State: CaseState.Submitted))).Items, c => c.Id == id);
        await Assert.ThrowsAsync<ForbiddenException>(() => Cases.ApproveAsync(city, id, Visibility.Public, submitted)); // no self-approval

        await Cases.ApproveAsync(secretariat, id, Visibility.Internal, submitted);
        var seen = await Cases.GetAsync(tsuruoka, id);
        Assert.Equal((CaseState.Approved, false, false), (seen.State, seen.CanEdit, seen.CanReview));
        Assert.Equal(["山形市"], seen.Organisations.Select(o => o.Name));
        Assert.Equal(["村山"], seen.Regions);
        Assert.Equal("97.3%", Assert.Single(seen.Results).After);
        Assert.Contains((await Library.SearchAsync(tsuruoka, new CaseQuery("雪下ろし"))).Items, c => c.Id == id);
        await Assert.ThrowsAsync<NotFoundException>(() => database.Get<PublicCaseService>().GetAsync(id)); // 庁内, not public
    }

    [Fact]
    public async Task Returning_needs_a_reason_and_the_author_corrects_and_submits_again()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var id = await Cases.CreateAsync(city, CaseFixtures.Input("公共施設の相互利用", [city.OrganisationId]));
        await Cases.SubmitAsync(city, id, await database.VersionAsync<Case>(id));
        var version = await database.VersionAsync<Case>(id);
        await Assert.ThrowsAsync<ConflictException>(() => Cases.UpdateAsync(city, id, CaseFixtures.Input("変更", [city.OrganisationId]), version)); // under review

        var empty = await Assert.ThrowsAsync<ValidationException>(() => Cases.ReturnAsync(secretariat, id, " ", version));
        Assert.Contains("Reason", empty.Errors.Keys);
        await Cases.ReturnAsync(secretariat, id, "成果の出典を記入してください。", version);
        var returned = await Cases.GetAsync(city, id);
        Assert.Equal((CaseState.Returned, "成果の出典を記入してください。", true, true), (returned.State, returned.ReturnReason, returned.CanEdit, returned.CanSubmit));

        var corrected = await Cases.UpdateAsync(city, id, CaseFixtures.Input("公共施設の相互利用（出典追記）", [city.OrganisationId]), returned.Version);
        await Assert.ThrowsAsync<ConflictException>(() => Cases.SubmitAsync(city, id, returned.Version)); // the version before the correction
        await Cases.SubmitAsync(city, id, corrected);
        Assert.Equal(CaseState.Submitted, (await Cases.GetAsync(city, id)).State);
    }

    [Fact]
    public async Task A_confidential_case_is_not_found_by_others_nor_in_their_search_nor_on_the_public_page()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var tsuruoka = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var shonai = await database.ActorAsync(DemoAccounts.ShonaiSupport);
        var kaminoyama = await database.ActorAsync(DemoAccounts.KaminoyamaCity);
        var id = await database.ApprovedCaseAsync(city, CaseFixtures.Input("部外秘の調整事例", [city.OrganisationId, kaminoyama.OrganisationId]), Visibility.Confidential);

        await Assert.ThrowsAsync<NotFoundException>(() => Cases.GetAsync(tsuruoka, id));
        await Assert.ThrowsAsync<NotFoundException>(() => Cases.GetAsync(shonai, id));
        Assert.Equal(0, (await Library.SearchAsync(tsuruoka, new CaseQuery("部外秘の調整"))).Total);
        Assert.Empty(await database.Get<PublicCaseService>().ListAsync("部外秘の調整"));
        await Assert.ThrowsAsync<NotFoundException>(() => database.Get<PublicCaseService>().GetAsync(id));
        Assert.Equal("部外秘の調整事例", (await Cases.GetAsync(kaminoyama, id)).Title); // involved
        Assert.Equal(1, (await Library.SearchAsync(kaminoyama, new CaseQuery("部外秘の調整"))).Total);
    }

    [Fact]
    public async Task A_public_case_is_on_the_public_page_without_its_review()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var id = await database.ApprovedCaseAsync(city, CaseFixtures.Input("公開される広域観光の事例", [city.OrganisationId]), Visibility.Public);

        var page = await database.Get<PublicCaseService>().GetAsync(id);
        Assert.Equal(("山形県", "公開される広域観光の事例", "手順書を共有すると始めやすい"), (page.Prefecture, page.Title, page.TransferNotes));
        Assert.Contains(await database.Get<PublicCaseService>().ListAsync("広域観光"), c => c.Id == id);
    }

    [Fact]
    public async Task A_case_is_checked_field_by_field_and_a_stale_edit_is_a_conflict()
    {
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var hokkaido = await database.OrganisationAsync("企画振興部 市町村課");
        var bad = CaseFixtures.Input("", [], fields: ["存在しない分野"]) with
        {
            BudgetYen = -1, StartedOn = new DateOnly(2020, 4, 1), EndedOn = new DateOnly(2019, 4, 1),
            Sources = [new CaseSourceInput("資料", "javascript:alert(1)")],
        };
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Cases.CreateAsync(city, bad));
        Assert.Equal(["BudgetYen", "EndedOn", "Fields", "OrganisationIds", "Sources[0].Url", "Title"], refused.Errors.Keys.Order(StringComparer.Ordinal));

        var id = await Cases.CreateAsync(city, CaseFixtures.Input("版の確認", [city.OrganisationId, hokkaido]));
        var shown = await database.VersionAsync<Case>(id);
        await Cases.UpdateAsync(city, id, CaseFixtures.Input("版の確認（同僚の変更）", [city.OrganisationId]), shown);
        await Assert.ThrowsAsync<ConflictException>(() => Cases.UpdateAsync(city, id,
            CaseFixtures.Input("版の確認", [city.OrganisationId]) with { Results = [] }, shown));
        var kept = await Cases.GetAsync(city, id);
        Assert.Equal(("版の確認（同僚の変更）", 1), (kept.Title, kept.Results.Count)); // nothing of the colleague's lost
    }

    [Fact]
    public async Task A_completed_theme_offers_its_title_outline_methods_and_participants_as_a_draft()
    {
        var mogami = await database.ActorAsync(DemoAccounts.Secretariat);
        await using var db = database.CreateDbContext();
        var theme = db.Themes.Single(t => t.Title == "個人住民税の共同催告");

        var draft = await Cases.DraftFromThemeAsync(mogami, theme.Id);
        Assert.Equal(("個人住民税の共同催告", theme.Id), (draft.Title, draft.ThemeId));
        Assert.Equal([Core.Themes.CollaborationMethod.SharedOperations], draft.Methods);
        Assert.Contains(theme.OwnerOrganisationId, draft.OrganisationIds!);
        Assert.StartsWith("共同催告の実施により", draft.Description);
    }
}
