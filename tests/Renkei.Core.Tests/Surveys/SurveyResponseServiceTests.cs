using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Surveys;
using Renkei.Testing;

namespace Renkei.Core.Tests.Surveys;

public class SurveyResponseServiceTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private SurveyResponseService Responses => database.Get<SurveyResponseService>();

    [Fact]
    public async Task Colleagues_share_one_draft_created_on_first_visit()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2040);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var colleague = city with { UserId = Guid.NewGuid(), DisplayName = "山形市 同僚" };

        var first = await Responses.GetMineAsync(city, surveyId);
        Assert.Equal(ResponseStatus.Draft, first.Status);
        Assert.Empty(first.Items);
        Assert.Equal(RespondentGroup.Municipal, first.Group);
        Assert.Equal(new DateOnly(2040, 6, 23), first.Window.ClosesOn);
        Assert.Equal(13, first.Window.DaysLeft);

        var category = await SurveyScenario.CategoryAsync(database, city, surveyId, "若者");
        await Responses.AddItemAsync(colleague, surveyId, SurveyScenario.Item(category));
        var seen = await Responses.GetMineAsync(city, surveyId);
        Assert.Equal(first.Id, seen.Id);
        Assert.Equal("空き家バンクの広域化", Assert.Single(seen.Items).Title);
    }

    [Fact]
    public async Task Bad_items_are_refused_naming_each_field()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2041);
        var city = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var policy = await SurveyScenario.CategoryAsync(database, city, surveyId, "若者");

        var empty = await Assert.ThrowsAsync<ValidationException>(() => Responses.AddItemAsync(city, surveyId, new NeedItemInput(null, " ", null, null, null, null)));
        Assert.Equal(["CategoryId", "Title", "Urgency"], empty.Errors.Keys.Order());
        Assert.Contains("連携が必要な施策・業務を入力してください", empty.Errors["Title"][0]);

        var tooLong = SurveyScenario.Item(policy, new string('あ', 201)) with { Content = new string('い', 4001), Issues = "課題\u0007" };
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Responses.AddItemAsync(city, surveyId, tooLong));
        Assert.Contains("200文字以内", refused.Errors["Title"][0]);
        Assert.Contains("4000文字以内", refused.Errors["Content"][0]);
        Assert.Contains("制御文字", refused.Errors["Issues"][0]);

        var otherSurvey = await SurveyScenario.CategoryAsync(database, city, await SurveyScenario.OpenAsync(database, 2042), "若者");
        var foreign = await Assert.ThrowsAsync<ValidationException>(() => Responses.AddItemAsync(city, surveyId, SurveyScenario.Item(otherSurvey)));
        Assert.Contains("この調査のものではありません", foreign.Errors["CategoryId"][0]);

        var wrongSection = SurveyScenario.Item(policy) with { Section = SurveySection.Operations };
        var section = await Assert.ThrowsAsync<ValidationException>(() => Responses.AddItemAsync(city, surveyId, wrongSection));
        Assert.Contains("業務の連携", section.Errors["CategoryId"][0]);

        var outsider = await Assert.ThrowsAsync<ValidationException>(() => Responses.AddItemAsync(city, surveyId, SurveyScenario.Item(policy) with { PartnerOrganisationIds = [999_999] }));
        Assert.True(outsider.Errors.ContainsKey("PartnerOrganisationIds"));

        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2041, 6, 10, 12, 0, 0));
        Assert.Empty((await Responses.GetMineAsync(city, surveyId)).Items); // nothing half-saved
    }

    [Fact]
    public async Task A_stale_edit_is_a_conflict_not_an_overwrite()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2043);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var colleague = city with { UserId = Guid.NewGuid() };
        var category = await SurveyScenario.CategoryAsync(database, city, surveyId, "買い物");
        var item = await Responses.AddItemAsync(city, surveyId, SurveyScenario.Item(category));

        var mine = await Responses.UpdateItemAsync(city, surveyId, item.Id, SurveyScenario.Item(category, "移動販売車の共同運行"), item.Version);
        await Assert.ThrowsAsync<ConflictException>(() => Responses.UpdateItemAsync(colleague, surveyId, item.Id, SurveyScenario.Item(category, "古い版からの上書き"), item.Version));
        Assert.Equal("移動販売車の共同運行", Assert.Single((await Responses.GetMineAsync(city, surveyId)).Items).Title);

        var otherSection = await SurveyScenario.CategoryAsync(database, city, surveyId, "水道");
        await Assert.ThrowsAsync<ValidationException>(() => Responses.UpdateItemAsync(city, surveyId, item.Id, SurveyScenario.Item(otherSection), mine.Version));

        await Assert.ThrowsAsync<ConflictException>(() => Responses.DeleteItemAsync(colleague, surveyId, item.Id, item.Version));
        await Responses.DeleteItemAsync(colleague, surveyId, item.Id, mine.Version);
        await Assert.ThrowsAsync<NotFoundException>(async () => await Responses.DeleteItemAsync(city, surveyId, item.Id, mine.Version));
    }

    [Fact]
    public async Task Submitting_needs_the_window_and_content_then_locks_the_response()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2044);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var department = await database.ActorAsync(DemoAccounts.KenkoFukushi);
        var category = await SurveyScenario.CategoryAsync(database, city, surveyId, "子育て");

        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2044, 6, 1, 9, 0, 0));
        await Responses.AddItemAsync(department, surveyId, SurveyScenario.Item(category)); // drafting before the window is fine
        var early = await Assert.ThrowsAsync<ConflictException>(() => Responses.SubmitAsync(department, surveyId));
        Assert.Contains("回答期間（令和26年6月7日 (2044)〜令和26年6月23日 (2044)）外", early.Message);

        var empty = await Assert.ThrowsAsync<ValidationException>(() => Responses.SubmitAsync(city, surveyId));
        Assert.Contains("「回答なし」", empty.Message);
        await Responses.AddItemAsync(city, surveyId, SurveyScenario.Item(category));
        await Assert.ThrowsAsync<ValidationException>(() => Responses.SubmitAsync(city, surveyId, noNeeds: true));

        var submitted = await Responses.SubmitAsync(city, surveyId);
        Assert.Equal(ResponseStatus.Submitted, submitted.Status);
        Assert.False(submitted.IsEditable);
        Assert.NotNull(submitted.SubmittedAt);
        var again = await Assert.ThrowsAsync<ConflictException>(() => Responses.SubmitAsync(city, surveyId));
        Assert.Contains("提出済み", again.Message);
        await Assert.ThrowsAsync<ConflictException>(() => Responses.AddItemAsync(city, surveyId, SurveyScenario.Item(category)));
        await Assert.ThrowsAsync<ConflictException>(async () => await Responses.DeleteItemAsync(city, surveyId, submitted.Items[0].Id, await database.VersionAsync<NeedItem>(submitted.Items[0].Id)));

        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2044, 6, 24, 0, 1, 0));
        var late = await Assert.ThrowsAsync<ConflictException>(() => Responses.SubmitAsync(department, surveyId));
        Assert.Contains("外のため提出できません", late.Message);
    }

    [Fact]
    public async Task A_municipality_without_needs_submits_no_answer_explicitly()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2045);
        var city = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var response = await Responses.SubmitAsync(city, surveyId, noNeeds: true);
        Assert.True(response.NoNeeds);
        Assert.Equal(ResponseStatus.Submitted, response.Status);
        var progress = await database.Get<SurveyProgressService>().GetAsync(await database.ActorAsync(DemoAccounts.Secretariat), surveyId);
        var row = progress.Rows.Single(r => r.OrganisationName == "鶴岡市");
        Assert.Equal((ProgressState.Submitted, true, 0), (row.State, row.NoNeeds, row.ItemCount));
    }

    [Fact]
    public async Task The_secretariat_returns_a_response_with_a_reason_and_it_can_be_resubmitted()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2046);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var category = await SurveyScenario.CategoryAsync(database, city, surveyId, "観光");
        await Responses.AddItemAsync(city, surveyId, SurveyScenario.Item(category));
        var submitted = await Responses.SubmitAsync(city, surveyId);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await Responses.ReturnAsync(await database.ActorAsync(DemoAccounts.MurayamaSupport), surveyId, submitted.Id, "確認", await database.VersionAsync<SurveyResponse>(submitted.Id)));
        var noReason = await Assert.ThrowsAsync<ValidationException>(async () => await Responses.ReturnAsync(secretariat, surveyId, submitted.Id, " ", await database.VersionAsync<SurveyResponse>(submitted.Id)));
        Assert.Contains("差戻しの理由を入力してください", noReason.Message);
        await Responses.ReturnAsync(secretariat, surveyId, submitted.Id, "連携の内容をもう少し具体的に記入してください。", await database.VersionAsync<SurveyResponse>(submitted.Id));
        await Assert.ThrowsAsync<ConflictException>(async () => await Responses.ReturnAsync(secretariat, surveyId, submitted.Id, "二度目", await database.VersionAsync<SurveyResponse>(submitted.Id)));

        var returned = await Responses.GetMineAsync(city, surveyId);
        Assert.Equal(ResponseStatus.Returned, returned.Status);
        Assert.True(returned.IsEditable);
        Assert.Equal("連携の内容をもう少し具体的に記入してください。", returned.ReturnReason);
        var item = returned.Items[0];
        await Responses.UpdateItemAsync(city, surveyId, item.Id, SurveyScenario.Item(category) with { Content = "ジオパークの周遊ルートを共同で造成する。" }, item.Version);
        Assert.Equal(ResponseStatus.Submitted, (await Responses.SubmitAsync(city, surveyId)).Status);
        Assert.Equal(ProgressState.Submitted, (await database.Get<SurveyProgressService>().GetAsync(secretariat, surveyId)).Rows.Single(r => r.OrganisationName == "山形市").State);
    }

    [Fact]
    public async Task Drafts_are_their_organisations_alone_and_submitted_answers_follow_the_reading_rules()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2047);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var category = await SurveyScenario.CategoryAsync(database, city, surveyId, "生活交通");
        await Responses.AddItemAsync(city, surveyId, SurveyScenario.Item(category));
        var draft = await Responses.GetMineAsync(city, surveyId);

        async Task<Exception?> Read(string email) => await Record.ExceptionAsync(async () => await Responses.GetAsync(await database.ActorAsync(email), surveyId, draft.Id));
        Assert.IsType<NotFoundException>(await Read(DemoAccounts.Secretariat));
        Assert.IsType<NotFoundException>(await Read(DemoAccounts.MurayamaSupport));
        Assert.Null(await Read(DemoAccounts.YamagataCity));

        await Responses.SubmitAsync(city, surveyId);
        Assert.Null(await Read(DemoAccounts.Secretariat));
        Assert.Null(await Read(DemoAccounts.MurayamaSupport)); // 山形市 is in its jurisdiction
        Assert.IsType<ForbiddenException>(await Read(DemoAccounts.ShonaiSupport));
        Assert.IsType<ForbiddenException>(await Read(DemoAccounts.TsuruokaCity));
        Assert.IsType<ForbiddenException>(await Read(DemoAccounts.Admin));
        Assert.IsType<ForbiddenException>(await Read(DemoAccounts.KenkoFukushi)); // departments: after closing only

        await database.Get<NeedsSurveyService>().CloseAsync(await database.ActorAsync(DemoAccounts.Secretariat), surveyId, await database.VersionAsync<NeedsSurvey>(surveyId));
        Assert.IsType<ForbiddenException>(await Read(DemoAccounts.KenkoFukushi)); // items only, not the whole response
        var items = await database.Get<SurveySummaryService>().ListItemsAsync(await database.ActorAsync(DemoAccounts.KenkoFukushi), surveyId);
        Assert.Equal("山形市", Assert.Single(items).OrganisationName);
        Assert.IsType<NotFoundException>(await Record.ExceptionAsync(async () => await Responses.GetAsync(city, surveyId, 999_999)));
    }

    [Theory]
    [InlineData(DemoAccounts.Admin)]
    [InlineData(DemoAccounts.Secretariat)]
    public async Task Only_respondents_have_a_response_of_their_own(string email)
    {
        var surveyId = await SurveyScenario.OpenAsync(database, email == DemoAccounts.Admin ? 2048 : 2049);
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Responses.GetMineAsync(await database.ActorAsync(email), surveyId));
    }

    [Fact]
    public async Task A_survey_being_prepared_takes_no_answers()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var id = await database.Get<NeedsSurveyService>().CreateAsync(secretariat, SurveyScenario.H29Like(2050));
        var refused = await Assert.ThrowsAsync<ConflictException>(async () => await Responses.GetMineAsync(await database.ActorAsync(DemoAccounts.YamagataCity), id));
        Assert.Contains("まだ回答の受付を始めていません", refused.Message);
    }

    [Fact]
    public async Task Last_years_answer_is_copied_with_categories_mapped_by_label()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var surveyId = await SurveyScenario.OpenAsync(database, 2018);
        await using (var db = database.CreateDbContext())
        {
            // The 2018 catalogue renamed one category: its items go to the section's その他.
            var renamed = await db.SurveyCategories.SingleAsync(c => c.SurveyId == surveyId && c.Label.StartsWith("水道"));
            renamed.Label = "上下水道事業関係";
            await db.SaveChangesAsync();
        }
        var previous = await database.Get<SurveySummaryService>().ListItemsAsync(secretariat, (await database.Get<NeedsSurveyService>().ListAsync(secretariat)).Single(s => s.FiscalYear == 2017).Id);
        var cityItems = previous.Where(i => i.OrganisationName == "山形市").ToList();
        Assert.NotEmpty(cityItems);

        var result = await Responses.CopyPreviousAsync(city, surveyId);
        Assert.Equal((2017, cityItems.Count, cityItems.Count(i => i.CategoryLabel.StartsWith("水道")), 0), (result.FromFiscalYear, result.Copied, result.MappedToOther, result.Skipped));
        var copied = await Responses.GetMineAsync(city, surveyId);
        Assert.Equal(cityItems.Select(i => i.Title).Order(), copied.Items.Select(i => i.Title).Order());

        var noHistory = await Assert.ThrowsAsync<ValidationException>(async () => await Responses.CopyPreviousAsync(await database.ActorAsync(DemoAccounts.KenkoFukushi), surveyId));
        Assert.Contains("前年度以前の回答が見つからない", noHistory.Message);
    }

    [Fact]
    public async Task Every_change_is_audited_with_who_did_it()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2051);
        var city = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var category = await SurveyScenario.CategoryAsync(database, city, surveyId, "鳥獣");
        var item = await Responses.AddItemAsync(city, surveyId, SurveyScenario.Item(category) with { PartnerOrganisationIds = [city.OrganisationId] });
        await Responses.UpdateItemAsync(city, surveyId, item.Id, SurveyScenario.Item(category, "鳥獣被害対策の広域連携"), item.Version);
        await Responses.SubmitAsync(city, surveyId);

        await using var db = database.CreateDbContext();
        var entries = await db.AuditEntries.Where(a => a.EntityType == nameof(NeedItem) && a.EntityId == item.Id.ToString()).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["Created", "Updated"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(city.UserId, e.UserId));
        Assert.Contains($"\"PartnerOrganisationIds\": \"{city.OrganisationId}\"", entries[0].Changes);
        Assert.DoesNotContain("\"Id\"", entries[0].Changes);
        Assert.Contains("鳥獣被害対策の広域連携", entries[1].Changes);
        var responseChanges = await db.AuditEntries.Where(a => a.EntityType == nameof(SurveyResponse) && a.Action == "Updated" && a.UserId == city.UserId)
            .Select(a => a.Changes).ToListAsync();
        Assert.Contains(responseChanges, c => c!.Contains("\"new\": \"Submitted\""));
    }

    [Fact]
    public async Task An_extended_deadline_lets_a_late_respondent_submit()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2052);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var city = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2052, 6, 25, 9, 0, 0));
        await Assert.ThrowsAsync<ConflictException>(() => Responses.SubmitAsync(city, surveyId, noNeeds: true));

        var surveys = database.Get<NeedsSurveyService>();
        var version = (await surveys.GetAsync(secretariat, surveyId)).Version;
        var backwards = await Assert.ThrowsAsync<ValidationException>(() => surveys.ExtendAsync(secretariat, surveyId, new DateOnly(2052, 5, 1), new DateOnly(2052, 6, 30), version));
        Assert.True(backwards.Errors.ContainsKey("MunicipalClosesOn"));
        await Assert.ThrowsAsync<ForbiddenException>(() => surveys.ExtendAsync(city, surveyId, new DateOnly(2052, 6, 30), new DateOnly(2052, 6, 30), version));
        await surveys.ExtendAsync(secretariat, surveyId, new DateOnly(2052, 6, 30), new DateOnly(2052, 6, 30), version);
        await Assert.ThrowsAsync<ConflictException>(() => surveys.ExtendAsync(secretariat, surveyId, new DateOnly(2052, 7, 3), new DateOnly(2052, 7, 3), version)); // stale

        var submitted = await Responses.SubmitAsync(city, surveyId, noNeeds: true);
        Assert.Equal(5, submitted.Window.ClosesOn.DayNumber - submitted.Window.Today.DayNumber);
    }
}
