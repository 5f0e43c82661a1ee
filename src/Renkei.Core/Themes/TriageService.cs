using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Surveys;

namespace Renkei.Core.Themes;

/// <summary>The 連携支援室's and secretariat's view of submitted needs, and the triage state of each.</summary>
public sealed class TriageService(UnitOfWork work, TimeProvider clock)
{
    public const int MaxRows = 2000;

    public async Task<IReadOnlyList<TriageRow>> ListAsync(Actor actor, TriageFilter? filter = null, CancellationToken cancellationToken = default)
    {
        ThemeAccess.EnsureTriager(actor);
        filter ??= new TriageFilter();
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var items = ThemeAccess.TriageableItems(db, actor);
        if (filter.SurveyId is { } surveyId) items = items.Where(i => i.Response.SurveyId == surveyId);
        if (filter.Section is { } section) items = items.Where(i => i.Category.Section == section);
        if (filter.CategoryId is { } categoryId) items = items.Where(i => i.CategoryId == categoryId);
        if (filter.Urgency is { } urgency) items = items.Where(i => i.Urgency == urgency);
        if (filter.MunicipalityId is { } municipalityId) items = items.Where(i => i.Response.OrganisationId == municipalityId);
        if (filter.State is { } state)
        {
            items = state == TriageState.Unreviewed
                ? items.Where(i => !db.NeedTriage.Any(t => t.NeedItemId == i.Id) || db.NeedTriage.Any(t => t.NeedItemId == i.Id && t.State == TriageState.Unreviewed))
                : items.Where(i => db.NeedTriage.Any(t => t.NeedItemId == i.Id && t.State == state));
        }
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var pattern = LikePattern.Containing(filter.Query.Trim());
            items = items.Where(i => EF.Functions.ILike(i.SearchText, pattern, "\\"));
        }

        var rows = await (
                from i in items
                join t in db.NeedTriage on i.Id equals t.NeedItemId into triage
                from t in triage.DefaultIfEmpty()
                orderby i.Response.Survey.FiscalYear descending, i.Category.Section, i.Category.SortOrder, i.Response.OrganisationId, i.SortOrder
                select new TriageRow(i.Id, i.Response.SurveyId, i.Response.Survey.FiscalYear, i.Response.OrganisationId, i.Response.Organisation.Name,
                    i.Response.Group, i.Category.Section, i.CategoryId, i.Category.Label, i.Title, i.Urgency, i.Content,
                    t == null ? TriageState.Unreviewed : t.State, t == null ? null : t.Note,
                    t == null ? null : t.ThemeId, t == null || t.Theme == null ? null : t.Theme.Title,
                    i.Response.SubmittedAt, t == null ? null : t.Version))
            .Take(MaxRows)
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var groups = NeedSimilarity.Group(rows.Select(r => new NeedSimilarity.Candidate(r.ItemId, r.CategoryId, r.OrganisationId, r.Title)).ToList());
        return rows.Select(r => r with { SimilarGroup = groups[r.ItemId] }).ToList();
    }

    public sealed record OwnNeedState(TriageState State, int? ThemeId, string? ThemeTitle, ThemeState? ThemeState);

    /// <summary>Where the organisation's own submitted needs stand, for its staff (a municipality follows its needs here).</summary>
    public async Task<IReadOnlyDictionary<int, OwnNeedState>> OwnNeedStatesAsync(Actor actor, int surveyId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        return await db.NeedTriage
            .Where(t => t.NeedItem.Response.SurveyId == surveyId && t.NeedItem.Response.OrganisationId == actor.OrganisationId
                && t.NeedItem.Response.Survey.PrefectureId == actor.PrefectureId)
            .Select(t => new { t.NeedItemId, View = new OwnNeedState(t.State, t.ThemeId, t.Theme == null ? null : t.Theme.Title, t.Theme == null ? null : t.Theme.State) })
            .ToDictionaryAsync(t => t.NeedItemId, t => t.View, cancellationToken);
    }

    /// <summary>
    /// Sets 未確認, 確認中, 地域で対応 (with a note) or 見送り (with a reason). テーマ化 happens by creating or
    /// linking a theme. A stale <paramref name="version"/> is a conflict.
    /// </summary>
    public async Task SetStateAsync(Actor actor, int itemId, TriageState state, string? note, uint? version, CancellationToken cancellationToken = default)
    {
        ThemeAccess.EnsureTriager(actor);
        var rules = new TextRules();
        var text = state switch
        {
            TriageState.HandledLocally => rules.Required("Note", "地域での対応内容", note, 2000),
            TriageState.Deferred => rules.Required("Note", "見送りの理由", note, 2000),
            _ => rules.Optional("Note", "メモ", note, 2000),
        };
        if (state == TriageState.Themed)
        {
            rules.Add("State", "テーマ化は、ニーズを選んでテーマを作成するか、既存のテーマに結び付けて行います。");
        }
        if (!Enum.IsDefined(state))
        {
            rules.Add("State", "状態の指定が正しくありません。");
        }
        rules.ThrowIfInvalid();

        await using var db = await work.OpenAsync(actor, cancellationToken);
        await FindItemsAsync(db, actor, [itemId], cancellationToken);
        var triage = await db.NeedTriage.SingleOrDefaultAsync(t => t.NeedItemId == itemId, cancellationToken);
        if (triage is null)
        {
            triage = new NeedTriage { NeedItemId = itemId };
            db.NeedTriage.Add(triage);
        }
        else
        {
            // No version = the caller saw the need untriaged; someone has triaged it since.
            db.Expect(triage, version ?? throw new ConflictException("他の方が先にこのニーズを確認しました。読み込み直してください。"));
        }
        triage.State = state;
        triage.Note = text;
        triage.ThemeId = null; // a need taken out of テーマ化 leaves its theme
        triage.UpdatedAt = clock.GetUtcNow();
        triage.UpdatedByUserId = actor.UserId;
        await db.SaveAsync("他の方が同時にこのニーズを更新しました。読み込み直してください。", cancellationToken);
    }

    /// <summary>Loads the given needs, refusing any the actor may not triage (404 when unknown, 403 when outside the jurisdiction).</summary>
    internal static async Task<List<NeedItem>> FindItemsAsync(RenkeiDbContext db, Actor actor, IReadOnlyCollection<int> itemIds, CancellationToken cancellationToken)
    {
        var mine = await ThemeAccess.TriageableItems(db, actor).Where(i => itemIds.Contains(i.Id)).Include(i => i.Response).ToListAsync(cancellationToken);
        if (mine.Count == itemIds.Distinct().Count())
        {
            return mine;
        }
        var exist = await db.NeedItems.CountAsync(i => itemIds.Contains(i.Id) && i.Response.Survey.PrefectureId == actor.PrefectureId
            && i.Response.Status == ResponseStatus.Submitted, cancellationToken);
        throw exist == itemIds.Distinct().Count()
            ? new ForbiddenException("担当する市町村以外のニーズは扱えません。")
            : new NotFoundException("指定されたニーズが見つかりません（提出済みのニーズだけを扱えます）。");
    }

}
