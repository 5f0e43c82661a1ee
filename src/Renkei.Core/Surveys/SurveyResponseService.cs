using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Surveys;

/// <summary>
/// An organisation's answer to the needs survey: colleagues edit one shared draft item by item
/// (each item versioned so a stale edit is refused), then submit it once within their window.
/// </summary>
public sealed class SurveyResponseService(UnitOfWork work, TimeProvider clock)
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;

    /// <summary>The caller organisation's response, created empty on first visit.</summary>
    public async Task<SurveyResponseView> GetMineAsync(Actor actor, int surveyId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var (survey, response) = await LoadMineAsync(db, actor, surveyId, cancellationToken);
        return await ViewAsync(db, actor, survey, response, cancellationToken);
    }

    /// <summary>Any one response, for those allowed to read it (drafts only by their own organisation).</summary>
    public async Task<SurveyResponseView> GetAsync(Actor actor, int surveyId, int responseId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var survey = await FindSurveyAsync(db, actor, surveyId, cancellationToken);
        var response = await db.SurveyResponses.AsNoTracking().SingleOrDefaultAsync(r => r.Id == responseId && r.SurveyId == survey.Id, cancellationToken)
            ?? throw new NotFoundException("指定された回答は見つかりません。");
        var supportOfficeId = await db.Municipalities.Where(m => m.Id == response.OrganisationId).Select(m => (int?)m.SupportOfficeId).SingleOrDefaultAsync(cancellationToken);
        if (!SurveyAccess.CanRead(actor, response, survey, supportOfficeId))
        {
            // A draft of another organisation must look like nothing at all.
            throw response.Status == ResponseStatus.Submitted ? new ForbiddenException("この回答を閲覧する権限がありません。") : new NotFoundException("指定された回答は見つかりません。");
        }
        return await ViewAsync(db, actor, survey, response, cancellationToken);
    }

    public async Task<NeedItemView> AddItemAsync(Actor actor, int surveyId, NeedItemInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var (survey, response) = await LoadMineAsync(db, actor, surveyId, cancellationToken);
        EnsureEditable(survey, response);
        var item = new NeedItem { Title = "" };
        await ApplyAsync(db, actor, survey, item, input, cancellationToken);
        item.SortOrder = await NextSortOrderAsync(db, response.Id, cancellationToken);
        response.Items.Add(item);
        response.NoNeeds = false;
        response.UpdatedAt = clock.GetUtcNow();
        await db.SaveAsync(cancellationToken);
        return await ItemViewAsync(db, item.Id, cancellationToken);
    }

    /// <summary>Saves an item if <paramref name="version"/> is still the stored one; otherwise a conflict.</summary>
    public async Task<NeedItemView> UpdateItemAsync(Actor actor, int surveyId, int itemId, NeedItemInput input, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var (survey, response) = await LoadMineAsync(db, actor, surveyId, cancellationToken);
        EnsureEditable(survey, response);
        var item = await FindItemAsync(db, response, itemId, cancellationToken);
        db.Expect(item, version);
        await ApplyAsync(db, actor, survey, item, input, cancellationToken);
        response.UpdatedAt = clock.GetUtcNow();
        await db.SaveAsync(cancellationToken);
        return await ItemViewAsync(db, item.Id, cancellationToken);
    }

    public async Task DeleteItemAsync(Actor actor, int surveyId, int itemId, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var (survey, response) = await LoadMineAsync(db, actor, surveyId, cancellationToken);
        EnsureEditable(survey, response);
        var item = await FindItemAsync(db, response, itemId, cancellationToken);
        db.Expect(item, version);
        db.NeedItems.Remove(item);
        response.UpdatedAt = clock.GetUtcNow();
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>The municipality takes a need heard by its 連携支援室 (聞き取り) as its own; <paramref name="version"/> as shown.</summary>
    public async Task<NeedItemView> ConfirmItemAsync(Actor actor, int surveyId, int itemId, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var (survey, response) = await LoadMineAsync(db, actor, surveyId, cancellationToken);
        EnsureEditable(survey, response);
        var item = await FindItemAsync(db, response, itemId, cancellationToken);
        db.Expect(item, version);
        if (!item.AwaitsConfirmation)
        {
            throw new ConflictException(item.HeardByOrganisationId is null ? "このニーズは聞き取りで登録されたものではありません。" : "このニーズは確認済みです。");
        }
        item.ConfirmedAt = response.UpdatedAt = clock.GetUtcNow();
        item.ConfirmedByUserId = actor.UserId;
        await db.SaveAsync(cancellationToken);
        return await ItemViewAsync(db, item.Id, cancellationToken);
    }

    /// <summary>Submits the response; with <paramref name="noNeeds"/> an empty one is submitted as 「回答なし」.</summary>
    public async Task<SurveyResponseView> SubmitAsync(Actor actor, int surveyId, bool noNeeds = false, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var (survey, response) = await LoadMineAsync(db, actor, surveyId, cancellationToken);
        if (response.Status == ResponseStatus.Submitted)
        {
            throw new ConflictException($"この回答は{Wareki.FormatDateTime(response.SubmittedAt!.Value)}に提出済みです。修正が必要な場合は事務局（市町村課）に差戻しを依頼してください。");
        }
        var window = WindowOf(survey, response.Group);
        if (!window.IsOpenToday)
        {
            throw new ConflictException(survey.Status != SurveyStatus.Open
                ? "この調査は回答を受け付けていないため、提出できません。"
                : $"回答期間（{Wareki.FormatDate(window.OpensOn)}〜{Wareki.FormatDate(window.ClosesOn)}）外のため提出できません。期限の延長は事務局（市町村課）にご相談ください。");
        }
        if (response.Status == ResponseStatus.AwaitingApproval)
        {
            throw new ConflictException("決裁待ちの回答は、決裁を受けてから提出してください。");
        }
        if (response.Status == ResponseStatus.Approved)
        {
            // What was approved is submitted, as it was approved.
            noNeeds = response.NoNeeds;
        }
        else if (await SurveyApprovalService.RequiresApprovalAsync(db, response, cancellationToken))
        {
            throw new ConflictException("この団体では、提出の前に決裁が必要です。「決裁を依頼する」から決裁権者に依頼してください。");
        }
        await EnsureCompleteAsync(db, response, noNeeds, cancellationToken);
        response.Status = ResponseStatus.Submitted;
        response.NoNeeds = noNeeds;
        response.SubmittedAt = response.UpdatedAt = clock.GetUtcNow();
        response.SubmittedByUserId = actor.UserId;
        await db.SaveAsync(cancellationToken);
        return await ViewAsync(db, actor, survey, response, cancellationToken);
    }

    /// <summary>差戻し: the secretariat sends a submitted response back with a reason; its organisation may edit and resubmit.</summary>
    public async Task ReturnAsync(Actor actor, int surveyId, int responseId, string? reason, uint version, CancellationToken cancellationToken = default)
    {
        SurveyAccess.EnsureManager(actor, "回答の差戻しは事務局（市町村課）だけが行えます。");
        var rules = new TextRules();
        var text = rules.Required("Reason", "差戻しの理由", reason, 1000);
        rules.ThrowIfInvalid();
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var survey = await FindSurveyAsync(db, actor, surveyId, cancellationToken);
        var response = await db.SurveyResponses.SingleOrDefaultAsync(r => r.Id == responseId && r.SurveyId == survey.Id, cancellationToken)
            ?? throw new NotFoundException("指定された回答は見つかりません。");
        db.Expect(response, version);
        if (response.Status != ResponseStatus.Submitted)
        {
            throw new ConflictException("提出されていない回答は差し戻せません。");
        }
        response.Status = ResponseStatus.Returned;
        response.ReturnReason = text;
        response.ReturnedAt = response.UpdatedAt = clock.GetUtcNow();
        await Notifications.NoticeWriter.AnnounceAsync(db, survey.PrefectureId, response.OrganisationId, Notifications.NoticeKind.NeedReturned, response.Id, survey.Title,
            PortalLinks.SurveyAnswer(survey.Id), text, response.ReturnedAt.Value, cancellationToken);
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>
    /// Starts from the organisation's latest earlier response: its items are added to this draft, each
    /// filed under the category with the same label, else under the section's その他, else left out.
    /// </summary>
    public async Task<CopyResult> CopyPreviousAsync(Actor actor, int surveyId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var (survey, response) = await LoadMineAsync(db, actor, surveyId, cancellationToken);
        EnsureEditable(survey, response);
        var previous = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.OrganisationId == actor.OrganisationId && r.Survey.PrefectureId == actor.PrefectureId
                && r.Survey.FiscalYear < survey.FiscalYear && r.Items.Any())
            .OrderByDescending(r => r.Survey.FiscalYear)
            .Select(r => new
            {
                r.Survey.FiscalYear,
                Items = r.Items.OrderBy(i => i.SortOrder).Select(i => new { i.Category.Section, i.Category.Label, i.Title, i.Urgency, i.Form, i.Content, i.Issues, i.PartnerOrganisationIds, i.Visibility }).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new ValidationException("Previous", "前年度以前の回答が見つからないため、引き継げません。");

        var categories = await db.SurveyCategories.AsNoTracking().Where(c => c.SurveyId == survey.Id).ToListAsync(cancellationToken);
        var order = await NextSortOrderAsync(db, response.Id, cancellationToken);
        int copied = 0, mapped = 0, skipped = 0;
        foreach (var old in previous.Items)
        {
            var category = categories.FirstOrDefault(c => c.Section == old.Section && c.Label == old.Label);
            if (category is null)
            {
                category = categories.FirstOrDefault(c => c.Section == old.Section && c.IsOther);
                if (category is null)
                {
                    skipped++;
                    continue;
                }
                mapped++;
            }
            response.Items.Add(new NeedItem
            {
                CategoryId = category.Id, Title = old.Title, Urgency = old.Urgency, Form = old.Form, Content = old.Content,
                Issues = old.Issues, PartnerOrganisationIds = old.PartnerOrganisationIds, Visibility = old.Visibility, SortOrder = order++,
            });
            copied++;
        }
        response.NoNeeds = false;
        response.UpdatedAt = clock.GetUtcNow();
        await db.SaveAsync(cancellationToken);
        return new CopyResult(previous.FiscalYear, copied, mapped, skipped);
    }

    internal async Task<(NeedsSurvey Survey, SurveyResponse Response)> LoadMineAsync(RenkeiDbContext db, Actor actor, int surveyId, CancellationToken cancellationToken)
    {
        var group = SurveyAccess.RespondentGroupOf(actor);
        var survey = await FindSurveyAsync(db, actor, surveyId, cancellationToken);
        if (survey.Status == SurveyStatus.Draft)
        {
            throw new ConflictException("この調査はまだ回答の受付を始めていません。");
        }
        var response = await db.SurveyResponses.SingleOrDefaultAsync(r => r.SurveyId == survey.Id && r.OrganisationId == actor.OrganisationId, cancellationToken);
        if (response is not null)
        {
            return (survey, response);
        }
        response = new SurveyResponse { SurveyId = survey.Id, OrganisationId = actor.OrganisationId, Group = group, UpdatedAt = clock.GetUtcNow() };
        db.SurveyResponses.Add(response);
        try
        {
            await db.SaveAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // A colleague opened it at the same moment: use theirs.
            db.ChangeTracker.Clear();
            survey = await FindSurveyAsync(db, actor, surveyId, cancellationToken);
            response = await db.SurveyResponses.SingleAsync(r => r.SurveyId == survey.Id && r.OrganisationId == actor.OrganisationId, cancellationToken);
        }
        return (survey, response);
    }

    /// <summary>What a submission needs of the items: some, or none for 「回答なし」, and every heard need confirmed.</summary>
    internal static async Task EnsureCompleteAsync(RenkeiDbContext db, SurveyResponse response, bool noNeeds, CancellationToken cancellationToken)
    {
        var itemCount = await db.NeedItems.CountAsync(i => i.ResponseId == response.Id, cancellationToken);
        if (noNeeds && itemCount > 0)
        {
            throw new ValidationException(nameof(SurveyResponse.NoNeeds), $"ニーズが{itemCount}件入力されているため「回答なし」では提出できません。項目を削除するか、通常の提出をしてください。");
        }
        var unconfirmed = await db.NeedItems.CountAsync(i => i.ResponseId == response.Id && i.HeardByOrganisationId != null && i.ConfirmedAt == null, cancellationToken);
        if (unconfirmed > 0)
        {
            throw new ValidationException(nameof(SurveyResponse.Items),
                $"連携支援室が聞き取りで登録したニーズが{unconfirmed}件、まだ確認されていません。内容を確かめて「確認しました」を押すか、不要なら削除してから提出してください。");
        }
        if (!noNeeds && itemCount == 0)
        {
            throw new ValidationException(nameof(SurveyResponse.Items), "ニーズが1件も入力されていません。ニーズがない場合は「回答なし」として提出してください。");
        }
    }

    internal static void EnsureEditable(NeedsSurvey survey, SurveyResponse response)
    {
        if (response.Status == ResponseStatus.Submitted)
        {
            throw new ConflictException("提出済みの回答は変更できません。修正が必要な場合は事務局（市町村課）に差戻しを依頼してください。");
        }
        if (response.Status is ResponseStatus.AwaitingApproval or ResponseStatus.Approved)
        {
            throw new ConflictException($"{(response.Status == ResponseStatus.Approved ? "決裁済" : "決裁待ち")}の回答は変更できません。変更するには、決裁を取り下げてください。");
        }
        if (survey.Status != SurveyStatus.Open)
        {
            throw new ConflictException("この調査は回答を受け付けていないため、変更できません。");
        }
    }

    internal static async Task ApplyAsync(RenkeiDbContext db, Actor actor, NeedsSurvey survey, NeedItem item, NeedItemInput input, CancellationToken cancellationToken)
    {
        var rules = new TextRules();
        var title = rules.Required(nameof(NeedItemInput.Title), "連携が必要な施策・業務", input.Title, TitleMaxLength);
        var form = rules.Optional(nameof(NeedItemInput.Form), "想定される連携の形", input.Form, TextMaxLength);
        var content = rules.Optional(nameof(NeedItemInput.Content), "連携の内容", input.Content, TextMaxLength);
        var issues = rules.Optional(nameof(NeedItemInput.Issues), "課題", input.Issues, TextMaxLength);
        if (input.Urgency is not { } urgency || !Enum.IsDefined(urgency))
        {
            rules.Add(nameof(NeedItemInput.Urgency), "緊急性（高・中・低）を選んでください。");
        }
        if (input.CategoryId is not { } categoryId)
        {
            rules.Add(nameof(NeedItemInput.CategoryId), "区分を選んでください。");
        }
        else if (await db.SurveyCategories.Where(c => c.Id == categoryId && c.SurveyId == survey.Id).Select(c => (SurveySection?)c.Section)
            .SingleOrDefaultAsync(cancellationToken) is not { } section)
        {
            rules.Add(nameof(NeedItemInput.CategoryId), "選ばれた区分はこの調査のものではありません。一覧から選び直してください。");
        }
        else if (input.Section is { } expected && expected != section)
        {
            rules.Add(nameof(NeedItemInput.CategoryId), $"選ばれた区分は「{expected.ToJapanese()}」の区分ではありません。");
        }
        else if (item.Id != 0 && item.CategoryId != categoryId)
        {
            // Moving an item to another section would silently change what it is; ask for a new item instead.
            var sections = await db.SurveyCategories.Where(c => c.Id == categoryId || c.Id == item.CategoryId).Select(c => c.Section).Distinct().CountAsync(cancellationToken);
            if (sections > 1)
            {
                rules.Add(nameof(NeedItemInput.CategoryId), "区分は同じ連携の種類（施策・業務・人的交流等）の中から選んでください。");
            }
        }
        if (input.Visibility is { } visibility && !Enum.IsDefined(visibility))
        {
            rules.Add(nameof(NeedItemInput.Visibility), "公開範囲は「公開」「庁内」「部外秘」から選んでください。");
        }
        var partners = (input.PartnerOrganisationIds ?? []).Distinct().ToArray();
        if (partners.Length > 0)
        {
            var known = await db.Organisations.CountAsync(o => partners.Contains(o.Id) && o.PrefectureId == actor.PrefectureId
                && (o is Municipality || o is Department), cancellationToken);
            if (known != partners.Length)
            {
                rules.Add(nameof(NeedItemInput.PartnerOrganisationIds), "連携先に選べるのは県内の市町村と県の部局です。");
            }
        }
        rules.ThrowIfInvalid();
        item.CategoryId = input.CategoryId!.Value;
        item.Title = title;
        item.Urgency = input.Urgency!.Value;
        item.Form = form;
        item.Content = content;
        item.Issues = issues;
        item.PartnerOrganisationIds = partners;
        item.Visibility = input.Visibility ?? item.Visibility;
    }

    private ResponseWindowView WindowOf(NeedsSurvey survey, RespondentGroup group)
    {
        var (opens, closes) = survey.WindowFor(group);
        return new ResponseWindowView(opens, closes, JapanDate.Today(clock), survey.Status == SurveyStatus.Open);
    }

    private static async Task<NeedItem> FindItemAsync(RenkeiDbContext db, SurveyResponse response, int itemId, CancellationToken cancellationToken) =>
        await db.NeedItems.SingleOrDefaultAsync(i => i.Id == itemId && i.ResponseId == response.Id, cancellationToken)
        ?? throw new NotFoundException("指定された項目は見つかりません。既に削除された可能性があります。");

    internal static async Task<NeedsSurvey> FindSurveyAsync(RenkeiDbContext db, Actor actor, int surveyId, CancellationToken cancellationToken) =>
        await db.NeedsSurveys.SingleOrDefaultAsync(s => s.Id == surveyId && s.PrefectureId == actor.PrefectureId, cancellationToken)
        ?? throw new NotFoundException("指定された調査は見つかりません。");

    private static IQueryable<NeedItemView> ItemViews(IQueryable<NeedItem> items) => items
        .OrderBy(i => i.Category.Section).ThenBy(i => i.SortOrder)
        .Select(i => new NeedItemView(i.Id, i.CategoryId, i.Category.Section, i.Category.Label, i.Title, i.Urgency, i.Form, i.Content, i.Issues,
            i.PartnerOrganisationIds, i.Version, i.HeardBy != null ? i.HeardBy.Name : null, i.HeardByOrganisationId != null && i.ConfirmedAt == null, i.Visibility));

    /// <summary>Where a new need of the response goes: after its last one (0 for a response not saved yet).</summary>
    internal static async Task<int> NextSortOrderAsync(RenkeiDbContext db, int responseId, CancellationToken cancellationToken) =>
        responseId == 0 ? 0 : await db.NeedItems.Where(i => i.ResponseId == responseId).Select(i => (int?)i.SortOrder).MaxAsync(cancellationToken) + 1 ?? 0;

    internal static async Task<NeedItemView> ItemViewAsync(RenkeiDbContext db, int itemId, CancellationToken cancellationToken) =>
        await ItemViews(db.NeedItems.AsNoTracking().Where(i => i.Id == itemId)).SingleAsync(cancellationToken);

    internal async Task<SurveyResponseView> ViewAsync(RenkeiDbContext db, Actor actor, NeedsSurvey survey, SurveyResponse response, CancellationToken cancellationToken)
    {
        // Another organisation's response shows only the needs its reader may see (no 部外秘 ones of others).
        var items = await ItemViews(db.NeedItems.AsNoTracking().Where(i => i.ResponseId == response.Id).Where(SurveyAccess.ItemVisible(db, actor))).ToListAsync(cancellationToken);
        var organisation = await db.Organisations.Where(o => o.Id == response.OrganisationId).Select(o => new { o.Name, o.RequiresApproval }).SingleAsync(cancellationToken);
        var window = WindowOf(survey, response.Group);
        return new SurveyResponseView(response.Id, survey.Id, survey.FiscalYear, survey.Title, response.OrganisationId, organisation.Name, response.Group,
            response.Status, response.NoNeeds, response.UpdatedAt, response.SubmittedAt, response.ReturnReason, response.ReturnedAt,
            window, items, response.Version,
            CanReturn: response.Status == ResponseStatus.Submitted && SurveyAccess.MayManage(actor), CanSeeProgress: SurveyAccess.MaySeeProgress(actor))
        {
            Approval = await SurveyApprovalService.ApprovalViewAsync(db, actor, response, organisation.RequiresApproval, window.SurveyOpen, cancellationToken),
        };
    }
}
