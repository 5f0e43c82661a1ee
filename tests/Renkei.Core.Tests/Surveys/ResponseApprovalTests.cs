using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Notifications;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;
using Renkei.Testing;

namespace Renkei.Core.Tests.Surveys;

/// <summary>決裁 before submitting: asked by the author, given by another approver of the same organisation, and only then submitted.</summary>
public class ResponseApprovalTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private SurveyResponseService Responses => database.Get<SurveyResponseService>();
    private SurveyApprovalService Approvals => database.Get<SurveyApprovalService>();

    private async Task RequireApprovalAsync(string organisation, bool required = true)
    {
        var admin = await database.ActorAsync(DemoAccounts.Admin);
        var settings = database.Get<ApprovalSettingsService>();
        var row = (await settings.ListAsync(admin)).Single(r => r.Name == organisation);
        await settings.SetAsync(admin, row.OrganisationId, required, row.Version);
    }

    private async Task<IReadOnlyList<NoticeView>> NoticesAsync(Actor actor, NoticeKind kind, int surveyId) =>
        (await database.Get<NoticeService>().ListMineAsync(actor)).Notices.Where(n => n.Kind == kind && n.Href == PortalLinks.SurveyAnswer(surveyId)).ToList();

    [Fact]
    public async Task An_answer_is_asked_approved_by_another_approver_and_then_submitted_with_the_secretariat_seeing_it_approved()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2050);
        await RequireApprovalAsync("山形市");
        var author = await database.ActorAsync(DemoAccounts.YamagataCity);
        var approver = await database.ActorAsync(DemoAccounts.YamagataApprover);
        var category = await SurveyScenario.CategoryAsync(database, author, surveyId, "若者");

        var empty = await Responses.GetMineAsync(author, surveyId);
        Assert.True(empty.Approval is { Required: true, CanRequest: true, HasApprovers: true, CanDecide: false });
        Assert.False(empty.CanSubmit);
        Assert.Contains("提出の前に決裁が必要", (await Assert.ThrowsAsync<ConflictException>(() => Responses.SubmitAsync(author, surveyId))).Message);
        Assert.True((await Assert.ThrowsAsync<ValidationException>(() => Approvals.RequestApprovalAsync(author, surveyId, false, empty.Version))).Errors.ContainsKey("Items"));

        var item = await Responses.AddItemAsync(author, surveyId, SurveyScenario.Item(category));
        var draft = await Responses.GetMineAsync(author, surveyId);
        await Assert.ThrowsAsync<ConflictException>(() => Approvals.RequestApprovalAsync(author, surveyId, false, draft.Version + 1)); // stale
        var asked = await Approvals.RequestApprovalAsync(author, surveyId, false, draft.Version);
        Assert.Equal(ResponseStatus.AwaitingApproval, asked.Status);
        Assert.False(asked.IsEditable);
        Assert.True(asked.Approval is { RequestedBy: "山形市 企画担当", CanWithdraw: true, CanDecide: false });
        Assert.Contains("決裁待ち", (await Assert.ThrowsAsync<ConflictException>(() => Responses.UpdateItemAsync(author, surveyId, item.Id, SurveyScenario.Item(category, "変更"), item.Version))).Message);
        await Assert.ThrowsAsync<ConflictException>(() => Responses.SubmitAsync(author, surveyId));
        await Assert.ThrowsAsync<ForbiddenException>(() => Approvals.ApproveAsync(author, surveyId, asked.Version)); // not an approver
        Assert.Equal("山形市 企画担当", Assert.Single(await NoticesAsync(approver, NoticeKind.ApprovalRequested, surveyId)).Note);

        var seenByApprover = await Responses.GetMineAsync(approver, surveyId);
        Assert.True(seenByApprover.Approval.CanDecide);
        var approved = await Approvals.ApproveAsync(approver, surveyId, seenByApprover.Version);
        Assert.Equal(ResponseStatus.Approved, approved.Status);
        Assert.Equal("山形市 企画調整課長", approved.Approval.ApprovedBy);
        Assert.Single(await NoticesAsync(author, NoticeKind.ResponseApproved, surveyId));
        Assert.True((await Responses.GetMineAsync(author, surveyId)).CanSubmit);

        var submitted = await Responses.SubmitAsync(author, surveyId);
        Assert.Equal(ResponseStatus.Submitted, submitted.Status);
        var row = (await database.Get<SurveyProgressService>().GetAsync(await database.ActorAsync(DemoAccounts.Secretariat), surveyId)).Rows.Single(r => r.OrganisationName == "山形市");
        Assert.Equal((ProgressState.Submitted, approved.Approval.ApprovedAt), (row.State, row.ApprovedAt));
        await RequireApprovalAsync("山形市", false);
    }

    [Fact]
    public async Task The_approver_sends_it_back_with_a_reason_and_the_author_may_withdraw_an_approval_to_change_it()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2051);
        await RequireApprovalAsync("山形市");
        var author = await database.ActorAsync(DemoAccounts.YamagataCity);
        var approver = await database.ActorAsync(DemoAccounts.YamagataApprover);
        var category = await SurveyScenario.CategoryAsync(database, author, surveyId, "若者");
        await Responses.AddItemAsync(author, surveyId, SurveyScenario.Item(category));
        var asked = await Approvals.RequestApprovalAsync(author, surveyId, false, (await Responses.GetMineAsync(author, surveyId)).Version);

        var noReason = await Assert.ThrowsAsync<ValidationException>(() => Approvals.ReturnForRevisionAsync(approver, surveyId, " ", asked.Version));
        Assert.Contains("差し戻す理由", noReason.Errors["Comment"][0]);
        var sentBack = await Approvals.ReturnForRevisionAsync(approver, surveyId, "連携先を具体的に書いてください。", asked.Version);
        Assert.Equal(ResponseStatus.Draft, sentBack.Status);
        var seen = await Responses.GetMineAsync(author, surveyId);
        Assert.True(seen.IsEditable);
        Assert.Equal("連携先を具体的に書いてください。", seen.Approval.Comment);
        Assert.Equal("連携先を具体的に書いてください。", Assert.Single(await NoticesAsync(author, NoticeKind.ApprovalReturned, surveyId)).Note);
        await Assert.ThrowsAsync<ConflictException>(() => Approvals.ApproveAsync(approver, surveyId, seen.Version)); // not awaiting any more

        var again = await Approvals.RequestApprovalAsync(author, surveyId, false, seen.Version);
        Assert.Null(again.Approval.Comment);
        var approved = await Approvals.ApproveAsync(approver, surveyId, again.Version);
        await Assert.ThrowsAsync<ConflictException>(() => Approvals.WithdrawApprovalAsync(author, surveyId, again.Version)); // stale: it was approved meanwhile
        var withdrawn = await Approvals.WithdrawApprovalAsync(author, surveyId, approved.Version);
        Assert.True(withdrawn is { Status: ResponseStatus.Draft, IsEditable: true, CanSubmit: false });
        Assert.Null(withdrawn.Approval.ApprovedAt);
        await Assert.ThrowsAsync<ConflictException>(() => Approvals.WithdrawApprovalAsync(author, surveyId, withdrawn.Version));
        await RequireApprovalAsync("山形市", false);
    }

    [Fact]
    public async Task An_approver_cannot_approve_their_own_request_and_without_another_approver_nobody_can_be_asked()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2052);
        await RequireApprovalAsync("鶴岡市");
        var tsuruoka = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        var view = await Responses.GetMineAsync(tsuruoka, surveyId);
        Assert.False(view.Approval.HasApprovers);
        Assert.Contains("決裁権者が登録されていません", (await Assert.ThrowsAsync<ConflictException>(() => Approvals.RequestApprovalAsync(tsuruoka, surveyId, true, view.Version))).Message);

        var admin = await database.ActorAsync(DemoAccounts.Admin);
        var users = database.Get<UserAdministration>();
        await users.SetApproverAsync(admin, tsuruoka.UserId, true);
        Assert.Contains("決裁権者が登録されていません", (await Assert.ThrowsAsync<ConflictException>(() => Approvals.RequestApprovalAsync(tsuruoka, surveyId, true, view.Version))).Message);

        var colleagueId = await users.CreateAsync(admin, new NewUserInput("tsuruoka-chief@renkei.example", "鶴岡市 課長", tsuruoka.OrganisationId, Roles.MunicipalStaff, "Renkei#Strong2026"));
        await users.SetApproverAsync(admin, colleagueId, true);
        var asked = await Approvals.RequestApprovalAsync(tsuruoka, surveyId, true, view.Version);
        Assert.True(asked is { NoNeeds: true, Approval.CanDecide: false }); // the asker, although an approver
        Assert.Contains("ほかの決裁権者", (await Assert.ThrowsAsync<ConflictException>(() => Approvals.ApproveAsync(tsuruoka, surveyId, asked.Version))).Message);

        var chief = await database.ActorAsync("tsuruoka-chief@renkei.example");
        await Approvals.ApproveAsync(chief, surveyId, asked.Version);
        Assert.True((await Responses.SubmitAsync(tsuruoka, surveyId, noNeeds: false)).NoNeeds); // submitted as approved: 回答なし
    }

    [Fact]
    public async Task Only_the_administrator_sets_approval_and_approvers_and_only_answering_roles_approve()
    {
        var admin = await database.ActorAsync(DemoAccounts.Admin);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var settings = database.Get<ApprovalSettingsService>();
        var users = database.Get<UserAdministration>();
        await Assert.ThrowsAsync<ForbiddenException>(() => settings.ListAsync(secretariat));
        await Assert.ThrowsAsync<ForbiddenException>(() => users.SetApproverAsync(secretariat, admin.UserId, true));

        var rows = await settings.ListAsync(admin);
        Assert.Equal(["山形市 企画調整課長"], rows.Single(r => r.Name == "山形市").Approvers);
        Assert.DoesNotContain(rows, r => r.OrganisationId == secretariat.OrganisationId); // the secretariat does not answer
        Assert.Equal(OrganisationType.Municipality, rows[0].Type);
        await Assert.ThrowsAsync<NotFoundException>(() => settings.SetAsync(admin, secretariat.OrganisationId, true, 0));
        var sagae = rows.Single(r => r.Name == "寒河江市");
        await settings.SetAsync(admin, sagae.OrganisationId, true, sagae.Version);
        await Assert.ThrowsAsync<ConflictException>(() => settings.SetAsync(admin, sagae.OrganisationId, false, sagae.Version)); // stale

        Assert.True((await Assert.ThrowsAsync<ValidationException>(() => users.SetApproverAsync(admin, secretariat.UserId, true))).Errors.ContainsKey("IsApprover"));
        var approver = await database.ActorAsync(DemoAccounts.YamagataApprover);
        var listed = (await users.ListAsync(admin)).Single(u => u.Id == approver.UserId);
        Assert.True(listed is { IsApprover: true, CanBeApprover: true });
        Assert.False((await users.ListAsync(admin)).Single(u => u.Id == secretariat.UserId).CanBeApprover);

        // Moved to another organisation, an approver no longer approves for the old one.
        var kaminoyama = await database.ActorAsync(DemoAccounts.KaminoyamaCity);
        await users.SetApproverAsync(admin, kaminoyama.UserId, true);
        await users.AssignAsync(admin, kaminoyama.UserId, await database.YamagataMunicipalityAsync("天童市"), Roles.MunicipalStaff);
        await using var db = database.CreateDbContext();
        Assert.False(await db.Users.Where(u => u.Id == kaminoyama.UserId).Select(u => u.IsApprover).SingleAsync());
        await users.AssignAsync(admin, kaminoyama.UserId, kaminoyama.OrganisationId, Roles.MunicipalStaff);
        Assert.Contains(await db.AuditEntries.Where(a => a.EntityId == kaminoyama.UserId.ToString()).Select(a => a.Action).ToListAsync(), a => a == "ApproverGranted");
    }
}
