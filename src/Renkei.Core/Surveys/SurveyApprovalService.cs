using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Notifications;

namespace Renkei.Core.Surveys;

/// <summary>
/// 決裁 before submitting, for organisations that require it: a colleague asks (決裁待ち, locked), one of the
/// organisation's approvers other than the asker approves (決裁済) or sends it back with a comment, and only
/// then can it be submitted. Withdrawing unlocks it again. Every step carries the response's version.
/// </summary>
public sealed class SurveyApprovalService(UnitOfWork work, TimeProvider clock, SurveyResponseService responses)
{
    public const int ApprovalCommentMaxLength = 1000;

    /// <summary>Asks the approvers; with <paramref name="noNeeds"/> the answer asked about is 「回答なし」. Checked as a submission is.</summary>
    public async Task<SurveyResponseView> RequestApprovalAsync(Actor actor, int surveyId, bool noNeeds, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var (survey, response) = await responses.LoadMineAsync(db, actor, surveyId, cancellationToken);
        db.Expect(response, version);
        SurveyResponseService.EnsureEditable(survey, response);
        if (!await RequiresApprovalAsync(db, response, cancellationToken))
        {
            throw new ConflictException("この団体では提出の前の決裁は求められていません。そのまま提出してください。");
        }
        await SurveyResponseService.EnsureCompleteAsync(db, response, noNeeds, cancellationToken);
        var approvers = await db.Users.Where(u => u.OrganisationId == response.OrganisationId && u.IsApprover && u.Id != actor.UserId)
            .Select(u => u.Id).ToListAsync(cancellationToken);
        if (approvers.Count == 0)
        {
            throw new ConflictException("この団体には依頼できる決裁権者が登録されていません。システム管理者に決裁権者の登録を依頼してください。");
        }
        response.Status = ResponseStatus.AwaitingApproval;
        response.NoNeeds = noNeeds;
        response.ApprovalRequestedAt = response.UpdatedAt = clock.GetUtcNow();
        response.ApprovalRequestedByUserId = actor.UserId;
        response.ApprovedAt = null;
        response.ApprovedByUserId = null;
        response.ApprovalComment = null;
        await NoticeWriter.AnnounceAsync(db, survey.PrefectureId, response.OrganisationId, NoticeKind.ApprovalRequested, response.Id, survey.Title,
            PortalLinks.SurveyAnswer(survey.Id), actor.DisplayName, response.UpdatedAt, cancellationToken, approvers);
        await db.SaveAsync(cancellationToken);
        return await responses.ViewAsync(db, actor, survey, response, cancellationToken);
    }

    /// <summary>決裁: an approver of the organisation, not the one who asked, approves the answer as it stands.</summary>
    public async Task<SurveyResponseView> ApproveAsync(Actor actor, int surveyId, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var (survey, response) = await LoadAwaitingAsync(db, actor, surveyId, version, cancellationToken);
        response.Status = ResponseStatus.Approved;
        response.ApprovedAt = response.UpdatedAt = clock.GetUtcNow();
        response.ApprovedByUserId = actor.UserId;
        await AnnounceToAskerAsync(db, survey, response, NoticeKind.ResponseApproved, null, cancellationToken);
        await db.SaveAsync(cancellationToken);
        return await responses.ViewAsync(db, actor, survey, response, cancellationToken);
    }

    /// <summary>The approver sends the answer back within the organisation, saying why; it is a draft again.</summary>
    public async Task<SurveyResponseView> ReturnForRevisionAsync(Actor actor, int surveyId, string? comment, uint version, CancellationToken cancellationToken = default)
    {
        var rules = new TextRules();
        var text = rules.Required("Comment", "差し戻す理由", comment, ApprovalCommentMaxLength);
        rules.ThrowIfInvalid();
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var (survey, response) = await LoadAwaitingAsync(db, actor, surveyId, version, cancellationToken);
        response.Status = ResponseStatus.Draft;
        response.ApprovalComment = text;
        response.UpdatedAt = clock.GetUtcNow();
        await AnnounceToAskerAsync(db, survey, response, NoticeKind.ApprovalReturned, text, cancellationToken);
        await db.SaveAsync(cancellationToken);
        return await responses.ViewAsync(db, actor, survey, response, cancellationToken);
    }

    /// <summary>Takes back a request or an approval not yet submitted, so the answer can be changed; asked again afterwards.</summary>
    public async Task<SurveyResponseView> WithdrawApprovalAsync(Actor actor, int surveyId, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var (survey, response) = await responses.LoadMineAsync(db, actor, surveyId, cancellationToken);
        db.Expect(response, version);
        if (response.Status is not (ResponseStatus.AwaitingApproval or ResponseStatus.Approved))
        {
            throw new ConflictException("この回答は決裁待ちでも決裁済でもないため、取り下げるものがありません。");
        }
        response.Status = ResponseStatus.Draft;
        response.ApprovedAt = null;
        response.ApprovedByUserId = null;
        response.UpdatedAt = clock.GetUtcNow();
        await db.SaveAsync(cancellationToken);
        return await responses.ViewAsync(db, actor, survey, response, cancellationToken);
    }

    private async Task<(NeedsSurvey Survey, SurveyResponse Response)> LoadAwaitingAsync(RenkeiDbContext db, Actor actor, int surveyId, uint version, CancellationToken cancellationToken)
    {
        var (survey, response) = await responses.LoadMineAsync(db, actor, surveyId, cancellationToken);
        if (!await IsApproverAsync(db, actor, response, cancellationToken))
        {
            throw new ForbiddenException("決裁できるのは、この団体の決裁権者として登録された方だけです。");
        }
        db.Expect(response, version);
        if (response.Status != ResponseStatus.AwaitingApproval)
        {
            throw new ConflictException("この回答は決裁待ちではありません。");
        }
        if (response.ApprovalRequestedByUserId == actor.UserId)
        {
            throw new ConflictException("自分で依頼した決裁は、ほかの決裁権者が行います。");
        }
        if (survey.Status != SurveyStatus.Open)
        {
            throw new ConflictException("この調査は回答を受け付けていないため、決裁できません。");
        }
        return (survey, response);
    }

    internal static async Task<ResponseApprovalView> ApprovalViewAsync(RenkeiDbContext db, Actor actor, SurveyResponse response, bool required, bool surveyOpen,
        CancellationToken cancellationToken)
    {
        if (!required && response.ApprovalRequestedAt is null)
        {
            return ResponseApprovalView.None;
        }
        var people = new[] { response.ApprovalRequestedByUserId, response.ApprovedByUserId }.OfType<Guid>().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var own = response.OrganisationId == actor.OrganisationId;
        var approvers = own
            ? await db.Users.AsNoTracking().Where(u => u.OrganisationId == response.OrganisationId && u.IsApprover).Select(u => u.Id).ToListAsync(cancellationToken)
            : [];
        var awaiting = response.Status == ResponseStatus.AwaitingApproval;
        var decides = own && surveyOpen && awaiting && approvers.Contains(actor.UserId) && response.ApprovalRequestedByUserId != actor.UserId;
        return new ResponseApprovalView(required,
            response.ApprovalRequestedByUserId is { } asker ? names.GetValueOrDefault(asker) : null, response.ApprovalRequestedAt,
            response.ApprovedByUserId is { } approver ? names.GetValueOrDefault(approver) : null, response.ApprovedAt, response.ApprovalComment,
            HasApprovers: approvers.Any(a => a != actor.UserId),
            CanRequest: own && required && surveyOpen && response.IsEditable,
            CanDecide: decides,
            // The one deciding approves or sends back; withdrawing is offered to the others (the service lets anyone of the organisation).
            CanWithdraw: own && surveyOpen && !decides && (awaiting || response.Status == ResponseStatus.Approved));
    }

    internal static Task<bool> RequiresApprovalAsync(RenkeiDbContext db, SurveyResponse response, CancellationToken cancellationToken) =>
        db.Organisations.Where(o => o.Id == response.OrganisationId).Select(o => o.RequiresApproval).SingleAsync(cancellationToken);

    private static Task<bool> IsApproverAsync(RenkeiDbContext db, Actor actor, SurveyResponse response, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Id == actor.UserId && u.OrganisationId == response.OrganisationId && u.IsApprover, cancellationToken);

    private async Task AnnounceToAskerAsync(RenkeiDbContext db, NeedsSurvey survey, SurveyResponse response, NoticeKind kind, string? note, CancellationToken cancellationToken)
    {
        if (response.ApprovalRequestedByUserId is { } asker)
        {
            await NoticeWriter.AnnounceAsync(db, survey.PrefectureId, response.OrganisationId, kind, response.Id, survey.Title,
                PortalLinks.SurveyAnswer(survey.Id), note, response.UpdatedAt, cancellationToken, [asker]);
        }
    }
}
