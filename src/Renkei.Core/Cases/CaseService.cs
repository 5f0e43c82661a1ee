using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;
using Renkei.Core.Themes;

namespace Renkei.Core.Cases;

/// <summary>Writing a case and its review: the author's organisation submits, the secretariat approves or returns it with a reason.</summary>
public sealed class CaseService(UnitOfWork work, TimeProvider clock)
{
    public async Task<CaseDetail> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var c = await CaseAccess.FindVisibleAsync(db.Cases.AsNoTracking().AsSplitQuery().Include(x => x.Results).Include(x => x.Sources).Include(x => x.Adoptions),
            actor, id, cancellationToken);
        var ids = c.OrganisationIds.Append(c.AuthorOrganisationId).Concat(c.Adoptions.Select(a => a.OrganisationId)).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var adoptable = await db.Municipalities.AsNoTracking().Where(CaseAccess.MayAdoptFor(actor)).ToListAsync(cancellationToken);
        var adoptableIds = adoptable.Select(m => m.Id).ToHashSet();
        var themeIds = c.Adoptions.Select(a => a.ThemeId).Append(c.ThemeId).OfType<int>().Distinct().ToList();
        // Only themes the reader may open are named (a 部外秘 theme of others stays out).
        var themes = await Themes.ThemeAccess.VisibleThemes(db, actor).AsNoTracking().Where(t => themeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Title, cancellationToken);
        var arrangement = c.ArrangementId is { } a ? await db.Arrangements.Where(x => x.Id == a).Select(x => new CaseLink(x.Id, x.Name)).SingleOrDefaultAsync(cancellationToken) : null;
        var meeting = c.MeetingId is { } m ? await db.Meetings.Where(x => x.Id == m).Select(x => new CaseLink(x.Id, x.Title)).SingleOrDefaultAsync(cancellationToken) : null;
        var doers = c.OrganisationIds.Where(organisations.ContainsKey).Select(o => organisations[o]).ToList();
        var adoptions = c.Adoptions.OrderBy(x => x.On).ThenBy(x => x.Id)
            .Select(x => new AdoptionView(x.Id, x.OrganisationId, organisations.GetValueOrDefault(x.OrganisationId)?.Name ?? "", x.On, x.Stage, x.Reason, x.Changes,
                x.ThemeId is { } t && themes.ContainsKey(t) ? t : null, x.ThemeId is { } n ? themes.GetValueOrDefault(n) : null, adoptableIds.Contains(x.OrganisationId), x.Version))
            .ToList();
        var reached = c.OrganisationIds.Concat(c.Adoptions.Select(x => x.OrganisationId)).ToHashSet();
        return new CaseDetail(c.Id, c.Title, c.Summary, c.Description, c.People, c.BudgetYen, c.StartedOn, c.EndedOn, c.TransferNotes,
            c.Fields, c.Methods, OrganisationOption.InDirectoryOrder(doers),
            doers.OfType<Municipality>().Select(x => x.Region).Distinct().ToList(),
            organisations.GetValueOrDefault(c.AuthorOrganisationId)?.Name ?? "", c.State, c.Visibility, c.ReturnReason, c.ApprovedAt,
            c.ThemeId is { } theme && themes.TryGetValue(theme, out var title) ? new CaseLink(theme, title) : null, arrangement, meeting,
            CaseResultView.Of(c.Results), CaseSourceView.Of(c.Sources),
            adoptions, CaseAccess.MayEdit(actor, c), CaseAccess.MaySubmit(actor, c),
            CaseAccess.MayReview(actor) && c.State == CaseState.Submitted,
            CaseAccess.MaySeeReach(actor) && c.State == CaseState.Approved,
            c.State == CaseState.Approved ? OrganisationOption.InDirectoryOrder(adoptable.Where(x => !reached.Contains(x.Id))) : [],
            c.Version) { Attachments = await CaseAttachmentService.ListAsync(db, c.Id, cancellationToken) };
    }

    /// <summary>A completed theme offered as a case: its title, outline, methods and participants, for the author to complete.</summary>
    public async Task<CaseInput> DraftFromThemeAsync(Actor actor, int themeId, CancellationToken cancellationToken = default)
    {
        CaseAccess.EnsureRegistrar(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var theme = await db.Themes.AsNoTracking().Include(t => t.Participants)
            .SingleOrDefaultAsync(t => t.Id == themeId && t.PrefectureId == actor.PrefectureId, cancellationToken)
            ?? throw new NotFoundException("指定された連携テーマは見つかりません。");
        var organisations = theme.Participants.Select(p => p.Id).Append(theme.OwnerOrganisationId).Distinct().ToList();
        return new CaseInput(theme.Title, theme.Summary ?? theme.Title, theme.Outcome, null, null, null, null, null, [], theme.Methods, organisations,
            Visibility.Internal, ThemeId: theme.Id);
    }

    /// <summary>The meetings a case can be linked to: those with a 事例紹介 item on their agenda, newest year first.</summary>
    public async Task<IReadOnlyList<CaseLink>> ShowcaseMeetingsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.PrefectureId == actor.PrefectureId && db.AgendaItems.Any(i => i.MeetingId == m.Id && i.Kind == Council.AgendaItemKind.CaseShowcase))
            .OrderByDescending(m => m.FiscalYear).ThenBy(m => m.TargetFrom).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.FiscalYear, m.Title }).Take(200).ToListAsync(cancellationToken);
        return meetings.Select(m => new CaseLink(m.Id, $"{new FiscalYear(m.FiscalYear).ToJapanese()} {m.Title}")).ToList();
    }

    public async Task<int> CreateAsync(Actor actor, CaseInput input, CancellationToken cancellationToken = default)
    {
        CaseAccess.EnsureRegistrar(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var c = new Case
        {
            Title = "", Summary = "", PrefectureId = actor.PrefectureId, AuthorOrganisationId = actor.OrganisationId,
            CreatedAt = clock.GetUtcNow(),
        };
        await ApplyAsync(db, actor, c, input, cancellationToken);
        db.Cases.Add(c);
        await db.SaveAsync(cancellationToken);
        return c.Id;
    }

    public async Task<uint> UpdateAsync(Actor actor, int id, CaseInput input, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var c = await CaseAccess.FindVisibleAsync(db.Cases.Include(x => x.Results).Include(x => x.Sources), actor, id, cancellationToken);
        CaseAccess.EnsureEditor(actor, c);
        db.Expect(c, version);
        await ApplyAsync(db, actor, c, input, cancellationToken);
        // Results and sources live in their own rows: touching the case makes their change meet the version check too.
        db.Entry(c).Property(x => x.Title).IsModified = true;
        await db.SaveAsync(cancellationToken);
        return c.Version;
    }

    public Task<uint> SubmitAsync(Actor actor, int id, uint version, CancellationToken cancellationToken = default) =>
        MoveAsync(actor, id, version, c =>
        {
            if (c.AuthorOrganisationId != actor.OrganisationId && !actor.IsSecretariat)
            {
                throw new ForbiddenException("確認を依頼できるのは、事例を登録した団体です。");
            }
            if (!CaseAccess.MaySubmit(actor, c))
            {
                throw new ConflictException("この事例は既に確認依頼済です。");
            }
            c.State = CaseState.Submitted;
            c.SubmittedAt = clock.GetUtcNow();
        }, cancellationToken);

    /// <summary>The secretariat approves, choosing how far it is shown (公開 also puts it on the public page).</summary>
    public Task<uint> ApproveAsync(Actor actor, int id, Visibility visibility, uint version, CancellationToken cancellationToken = default) =>
        MoveAsync(actor, id, version, c =>
        {
            CaseAccess.EnsureReviewer(actor);
            if (!Enum.IsDefined(visibility))
            {
                throw new ValidationException("Visibility", "公開範囲を選んでください。");
            }
            EnsureSubmitted(c);
            c.State = CaseState.Approved;
            c.Visibility = visibility;
            c.ReturnReason = null;
            c.ApprovedAt = clock.GetUtcNow();
        }, cancellationToken, Notifications.NoticeKind.CaseApproved);

    public Task<uint> ReturnAsync(Actor actor, int id, string? reason, uint version, CancellationToken cancellationToken = default) =>
        MoveAsync(actor, id, version, c =>
        {
            CaseAccess.EnsureReviewer(actor);
            var rules = new TextRules();
            var text = rules.Required("Reason", "差戻しの理由", reason, 1000);
            rules.ThrowIfInvalid();
            EnsureSubmitted(c);
            c.State = CaseState.Returned;
            c.ReturnReason = text;
        }, cancellationToken, Notifications.NoticeKind.CaseReturned);

    /// <summary>Moves the case on its version; a review also tells the author organisation (<paramref name="announce"/>) in the same save.</summary>
    private async Task<uint> MoveAsync(Actor actor, int id, uint version, Action<Case> move, CancellationToken cancellationToken, Notifications.NoticeKind? announce = null)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var c = await CaseAccess.FindVisibleAsync(db.Cases, actor, id, cancellationToken);
        db.Expect(c, version);
        move(c);
        if (announce is { } kind)
        {
            await Notifications.NoticeWriter.AnnounceAsync(db, c.PrefectureId, c.AuthorOrganisationId, kind, c.Id, c.Title, PortalLinks.Case(c.Id), c.ReturnReason, clock.GetUtcNow(), cancellationToken);
        }
        await db.SaveAsync(cancellationToken);
        return c.Version;
    }

    /// <summary>The fields the caller's prefecture files its cases under (the form's list).</summary>
    public async Task<IReadOnlyList<string>> FieldsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        return await FieldsAsync(db, actor, cancellationToken);
    }

    private static async Task<IReadOnlyList<string>> FieldsAsync(RenkeiDbContext db, Actor actor, CancellationToken cancellationToken) =>
        CaseFields.For(await db.Prefectures.Where(p => p.Id == actor.PrefectureId).Select(p => p.Code).SingleAsync(cancellationToken));

    private static void EnsureSubmitted(Case c)
    {
        if (c.State != CaseState.Submitted)
        {
            throw new ConflictException("確認依頼中の事例だけを承認・差戻しできます。");
        }
    }

    private static async Task ApplyAsync(RenkeiDbContext db, Actor actor, Case c, CaseInput input, CancellationToken cancellationToken)
    {
        var rules = new TextRules();
        c.Title = rules.Required("Title", "事例名", input.Title, 200);
        c.Summary = rules.Required("Summary", "概要", input.Summary, 1000);
        c.Description = rules.Optional("Description", "取組の内容", input.Description, 8000);
        c.People = rules.Optional("People", "必要な体制", input.People, 1000);
        c.TransferNotes = rules.Optional("TransferNotes", "横展開のポイント", input.TransferNotes, 4000);
        if (input.BudgetYen is < 0 or > 1_000_000_000_000)
        {
            rules.Add("BudgetYen", "事業費は0円以上1兆円以下で入力してください。");
        }
        foreach (var (field, day) in new[] { ("StartedOn", input.StartedOn), ("EndedOn", input.EndedOn) })
        {
            if (day is { } d && !SaneDates.Contains(d))
            {
                rules.Add(field, SaneDates.Message);
            }
        }
        if (input is { StartedOn: { } from, EndedOn: { } to } && to < from)
        {
            rules.Add("EndedOn", "終了日は開始日以降にしてください。");
        }
        var fields = (input.Fields ?? []).Select(f => f?.Trim() ?? "").Distinct().ToArray();
        // A field the case already has stays allowed: nothing saved is lost by an edit.
        var allowed = (await FieldsAsync(db, actor, cancellationToken)).Concat(c.Fields).ToHashSet();
        if (fields.FirstOrDefault(f => !allowed.Contains(f)) is { } unknown)
        {
            rules.Add("Fields", $"分野「{unknown}」は一覧にありません。");
        }
        var methods = (input.Methods ?? []).Distinct().ToArray();
        if (methods.Any(m => !Enum.IsDefined(m)))
        {
            rules.Add("Methods", "連携手法は一覧から選んでください。");
        }
        if (!Enum.IsDefined(input.Visibility))
        {
            rules.Add("Visibility", "公開範囲を選んでください。");
        }
        var organisations = (input.OrganisationIds ?? []).Distinct().ToArray();
        if (organisations.Length == 0)
        {
            rules.Add("OrganisationIds", "取り組んだ団体を1つ以上選んでください。");
        }
        else if (await db.Organisations.CountAsync(o => organisations.Contains(o.Id) && o.PrefectureId == actor.PrefectureId, cancellationToken) != organisations.Length)
        {
            rules.Add("OrganisationIds", "取り組んだ団体は県内の団体から選んでください。");
        }
        await CheckLinksAsync(db, actor, input, rules, cancellationToken);
        var results = (input.Results ?? []).Select((r, i) => new CaseResult
        {
            Indicator = rules.Required($"Results[{i}].Indicator", $"成果{i + 1}の指標", r?.Indicator, 200),
            Before = rules.Optional($"Results[{i}].Before", $"成果{i + 1}の実施前", r?.Before, 200),
            After = rules.Optional($"Results[{i}].After", $"成果{i + 1}の実施後", r?.After, 200),
            Source = rules.Optional($"Results[{i}].Source", $"成果{i + 1}の出典", r?.Source, 500),
            SortOrder = i,
        }).ToList();
        var sources = (input.Sources ?? []).Select((s, i) => new CaseSource
        {
            Title = rules.Required($"Sources[{i}].Title", $"参考資料{i + 1}の名称", s?.Title, 300),
            Url = rules.WebAddress($"Sources[{i}].Url", $"参考資料{i + 1}のURL", s?.Url),
            SortOrder = i,
        }).ToList();
        if (results.Count > 30 || sources.Count > 30)
        {
            rules.Add(results.Count > 30 ? "Results" : "Sources", "成果と参考資料はそれぞれ30件までです。");
        }
        rules.ThrowIfInvalid();
        c.BudgetYen = input.BudgetYen;
        c.StartedOn = input.StartedOn;
        c.EndedOn = input.EndedOn;
        c.Fields = fields.OrderBy(CaseFields.Position).ToArray();
        c.Methods = methods.Order().ToArray();
        c.OrganisationIds = organisations;
        c.Visibility = input.Visibility;
        c.ThemeId = input.ThemeId;
        c.ArrangementId = input.ArrangementId;
        c.MeetingId = input.MeetingId;
        c.Results.Clear();
        c.Results.AddRange(results);
        c.Sources.Clear();
        c.Sources.AddRange(sources);
    }

    private static async Task CheckLinksAsync(RenkeiDbContext db, Actor actor, CaseInput input, TextRules rules, CancellationToken cancellationToken)
    {
        var prefecture = actor.PrefectureId;
        if (input.ThemeId is { } theme && !await db.Themes.AnyAsync(t => t.Id == theme && t.PrefectureId == prefecture, cancellationToken))
        {
            rules.Add("ThemeId", "元になった連携テーマが見つかりません。");
        }
        if (input.ArrangementId is { } arrangement && !await db.Arrangements.AnyAsync(a => a.Id == arrangement && a.PrefectureId == prefecture, cancellationToken))
        {
            rules.Add("ArrangementId", "活用した広域連携が見つかりません。");
        }
        if (input.MeetingId is { } meeting && !await db.Meetings.AnyAsync(m => m.Id == meeting && m.PrefectureId == prefecture, cancellationToken))
        {
            rules.Add("MeetingId", "紹介した会議が見つかりません。");
        }
    }
}
