using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;

namespace Renkei.Core.Themes;

/// <summary>
/// 連携テーマ: made from needs, studied, decided, budgeted, carried out and spread. Every move keeps who,
/// when and why; the path cannot be skipped, and a 全県 theme is decided or set aside by the council.
/// </summary>
public sealed class ThemeService(UnitOfWork work, TimeProvider clock)
{
    public async Task<IReadOnlyList<ThemeListItem>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        return await ThemeAccess.VisibleThemes(db, actor)
            .OrderBy(t => t.State).ThenByDescending(t => t.StateChangedAt)
            .Select(t => new ThemeListItem(t.Id, t.Title, t.State, t.Scope, t.DeploymentMethod, t.OwnerOrganisation.Name,
                db.NeedTriage.Count(n => n.ThemeId == t.Id), t.Participants.Select(p => p.Id).ToArray(), t.StateChangedAt, t.Version, t.Visibility))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    public async Task<ThemeDetail> GetAsync(Actor actor, int themeId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var theme = await ThemeAccess.VisibleThemes(db, actor).AsNoTracking()
            .Include(t => t.OwnerOrganisation).Include(t => t.LeadDepartment).Include(t => t.Participants).Include(t => t.BudgetNotes)
            .SingleOrDefaultAsync(t => t.Id == themeId, cancellationToken)
            ?? throw new NotFoundException("指定されたテーマは見つかりません。");
        var needs = db.NeedTriage.Where(n => n.ThemeId == themeId).Select(n => n.NeedItem).Where(SurveyAccess.ItemVisible(db, actor));
        if (actor.Role == Roles.MunicipalStaff)
        {
            // Its own needs, and the others' its owners made 公開.
            needs = needs.Where(i => i.Response.OrganisationId == actor.OrganisationId || i.Visibility == Visibility.Public);
        }
        var needViews = await needs
            .OrderBy(i => i.Response.OrganisationId).ThenBy(i => i.Id)
            .Select(i => new ThemeNeedView(i.Id, i.Response.Organisation.Name, i.Response.Survey.FiscalYear, i.Category.Label, i.Title, i.Urgency))
            .ToListAsync(cancellationToken);
        var timeline = await (
                from t in db.ThemeTransitions
                where t.ThemeId == themeId
                join u in db.Users on t.UserId equals u.Id into users
                from u in users.DefaultIfEmpty()
                orderby t.At, t.Id
                select new ThemeTransitionView(t.From, t.To, t.At, u == null ? null : u.DisplayName, t.Reason, t.DecisionText, t.DecisionDate, t.Escalated, t.MeetingId, t.AgendaItemId))
            .ToListAsync(cancellationToken);
        var canSteer = ThemeAccess.CanSteer(actor, theme);
        return new ThemeDetail(theme.Id, theme.Title, theme.Summary, theme.DeploymentMethod, theme.Methods, theme.Scope, theme.OwnerOrganisationId,
            theme.OwnerOrganisation.Name, theme.LeadDepartmentId, theme.LeadDepartment?.Name, theme.StudyBody, theme.Outcome, theme.State, theme.StateChangedAt,
            theme.Participants.OrderBy(m => m.Code.Value, StringComparer.Ordinal).Select(m => new ThemeParticipantView(m.Id, m.Name, m.Region)).ToList(),
            needViews, timeline, theme.BudgetNotes.OrderBy(n => n.FiscalYear).Select(n => new BudgetNoteView(n.FiscalYear, n.Note)).ToList(),
            canSteer, canSteer && theme.Scope == ThemeScope.Regional && theme.State.IsOpen(), theme.Version,
            Cases.CaseAccess.MayRegisterFrom(actor, theme), theme.Visibility);
    }

    /// <summary>A candidate theme from selected needs: a 連携支援室 makes a regional one, the secretariat a 全県 one.</summary>
    public async Task<int> CreateFromNeedsAsync(Actor actor, NewThemeInput input, CancellationToken cancellationToken = default)
    {
        ThemeAccess.EnsureTriager(actor);
        var rules = new TextRules();
        var title = rules.Required(nameof(NewThemeInput.Title), "テーマ名", input.Title, 200);
        var summary = rules.Optional(nameof(NewThemeInput.Summary), "概要", input.Summary, 4000);
        if (input.ItemIds.Count == 0)
        {
            rules.Add(nameof(NewThemeInput.ItemIds), "テーマにするニーズを1件以上選んでください。");
        }
        rules.ThrowIfInvalid();

        await using var db = await work.OpenAsync(actor, cancellationToken);
        var items = await TriageService.FindItemsAsync(db, actor, input.ItemIds, cancellationToken);
        var now = clock.GetUtcNow();
        var theme = new CollaborationTheme
        {
            PrefectureId = actor.PrefectureId,
            Title = title,
            Summary = summary,
            Scope = actor.IsSecretariat ? ThemeScope.Prefectural : ThemeScope.Regional,
            OwnerOrganisationId = actor.OrganisationId,
            CreatedAt = now,
            StateChangedAt = now,
            Transitions = [new ThemeTransition { To = ThemeState.Candidate, At = now, UserId = actor.UserId, Reason = $"ニーズ{items.Count}件から候補を作成" }],
        };
        db.Themes.Add(theme);
        await AddParticipantsAsync(db, theme, items, cancellationToken);
        await db.SaveAsync(cancellationToken);
        await MarkThemedAsync(db, actor, theme, items, now, input.Move, cancellationToken);
        await db.SaveAsync(cancellationToken);
        return theme.Id;
    }

    /// <summary>Links more needs to an existing theme (their municipalities join it).</summary>
    public async Task LinkNeedsAsync(Actor actor, int themeId, IReadOnlyList<int> itemIds, CancellationToken cancellationToken = default) =>
        await LinkNeedsAsync(actor, themeId, itemIds, move: false, cancellationToken);

    /// <summary>
    /// Links more needs to an existing theme (their municipalities join it). A need already in another theme is
    /// refused (409) unless <paramref name="move"/> says to move it, which both themes' timelines then record.
    /// </summary>
    public async Task LinkNeedsAsync(Actor actor, int themeId, IReadOnlyList<int> itemIds, bool move, CancellationToken cancellationToken = default)
    {
        ThemeAccess.EnsureTriager(actor);
        if (itemIds.Count == 0)
        {
            throw new ValidationException("ItemIds", "結び付けるニーズを1件以上選んでください。");
        }
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var theme = await LoadAsync(db, actor, themeId, cancellationToken);
        ThemeAccess.EnsureSteer(actor, theme);
        var items = await TriageService.FindItemsAsync(db, actor, itemIds, cancellationToken);
        await AddParticipantsAsync(db, theme, items, cancellationToken);
        await MarkThemedAsync(db, actor, theme, items, clock.GetUtcNow(), move, cancellationToken);
        await db.SaveAsync(cancellationToken);
    }

    public async Task<uint> UpdateAsync(Actor actor, int themeId, ThemeInput input, uint version, CancellationToken cancellationToken = default)
    {
        var rules = new TextRules();
        var title = rules.Required(nameof(ThemeInput.Title), "テーマ名", input.Title, 200);
        var summary = rules.Optional(nameof(ThemeInput.Summary), "概要", input.Summary, 4000);
        var studyBody = rules.Optional(nameof(ThemeInput.StudyBody), "検討の場（ワーキングチーム・既存の協議会）", input.StudyBody, 200);
        var outcome = rules.Optional(nameof(ThemeInput.Outcome), "成果", input.Outcome, 4000);
        if (input.DeploymentMethod is { } method && !Enum.IsDefined(method))
        {
            rules.Add(nameof(ThemeInput.DeploymentMethod), "展開方法の指定が正しくありません。");
        }
        var methods = (input.Methods ?? []).Distinct().ToArray();
        if (methods.Any(m => !Enum.IsDefined(m)))
        {
            rules.Add(nameof(ThemeInput.Methods), "連携手法の指定が正しくありません。");
        }
        // A list from a client may hold nulls; a page never sends them.
        var notes = (input.BudgetNotes ?? []).Where(n => n is not null).ToList();
        if (notes.Count != (input.BudgetNotes?.Count() ?? 0))
        {
            rules.Add(nameof(ThemeInput.BudgetNotes), "空の予算メモは指定できません。");
        }
        foreach (var note in notes)
        {
            if (!SaneDates.ContainsFiscalYear(note.FiscalYear))
            {
                rules.Add(nameof(ThemeInput.BudgetNotes), SaneDates.FiscalYearMessage);
            }
            rules.Required(nameof(ThemeInput.BudgetNotes), $"{note.FiscalYear}年度の予算メモ", note.Note, 4000);
        }
        if (notes.GroupBy(n => n.FiscalYear).Any(g => g.Count() > 1))
        {
            rules.Add(nameof(ThemeInput.BudgetNotes), "予算メモは年度ごとに1つにしてください。");
        }

        await using var db = await work.OpenAsync(actor, cancellationToken);
        var theme = await LoadAsync(db, actor, themeId, cancellationToken);
        ThemeAccess.EnsureSteer(actor, theme);
        if (input.LeadDepartmentId is { } lead && !await db.Departments.AnyAsync(d => d.Id == lead && d.PrefectureId == actor.PrefectureId, cancellationToken))
        {
            rules.Add(nameof(ThemeInput.LeadDepartmentId), "主担当部局は県の部局から選んでください。");
        }
        var participantIds = (input.ParticipantIds ?? []).Distinct().ToList();
        var participants = await db.Municipalities.Where(m => participantIds.Contains(m.Id) && m.PrefectureId == actor.PrefectureId).ToListAsync(cancellationToken);
        if (participants.Count != participantIds.Count)
        {
            rules.Add(nameof(ThemeInput.ParticipantIds), "参加市町村は県内の市町村から選んでください。");
        }
        if (input.Visibility is { } visibility && !Enum.IsDefined(visibility))
        {
            rules.Add(nameof(ThemeInput.Visibility), "公開範囲は「公開」「庁内」「部外秘」から選んでください。");
        }
        rules.ThrowIfInvalid();

        db.Expect(theme, version);
        theme.Title = title;
        theme.Summary = summary;
        theme.DeploymentMethod = input.DeploymentMethod;
        theme.Methods = methods;
        theme.LeadDepartmentId = input.LeadDepartmentId;
        theme.StudyBody = studyBody;
        theme.Outcome = outcome;
        theme.Visibility = input.Visibility ?? theme.Visibility;
        theme.Participants.RemoveAll(m => !participantIds.Contains(m.Id));
        theme.Participants.AddRange(participants.Where(p => theme.Participants.All(m => m.Id != p.Id)));
        theme.BudgetNotes.RemoveAll(n => notes.All(x => x.FiscalYear != n.FiscalYear));
        foreach (var note in notes)
        {
            var existing = theme.BudgetNotes.FirstOrDefault(n => n.FiscalYear == note.FiscalYear);
            if (existing is null)
            {
                theme.BudgetNotes.Add(new ThemeBudgetNote { FiscalYear = note.FiscalYear, Note = note.Note.Trim() });
            }
            else
            {
                existing.Note = note.Note.Trim();
            }
        }
        await db.SaveAsync(cancellationToken);
        return theme.Version;
    }

    /// <summary>Moves the theme one step on (or to 見送り), with a reason; 全県 decisions carry the council's decision.</summary>
    public async Task TransitionAsync(Actor actor, int themeId, TransitionInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var theme = await LoadAsync(db, actor, themeId, cancellationToken);
        ThemeAccess.EnsureSteer(actor, theme);
        db.Expect(theme, input.Version);

        var rules = new TextRules();
        (string Text, DateOnly Day)? decision = input.DecisionRef is { } reference ? await DecisionAsync(db, actor, reference, cancellationToken) : null;
        if (decision is not null)
        {
            input = input with { DecisionText = input.DecisionText ?? decision.Value.Text, DecisionDate = input.DecisionDate ?? decision.Value.Day };
        }
        var transition = Check(theme, input, rules);
        rules.ThrowIfInvalid();
        transition.MeetingId = input.DecisionRef?.MeetingId;
        transition.AgendaItemId = input.DecisionRef?.AgendaItemId;
        Apply(theme, transition, actor, clock.GetUtcNow());
        db.ThemeTransitions.Add(transition);
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>What a referenced meeting decided and when: it must have met, and the item must be one of its own.</summary>
    private async Task<(string Text, DateOnly Day)> DecisionAsync(RenkeiDbContext db, Actor actor, DecisionRef reference, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == reference.MeetingId && m.PrefectureId == actor.PrefectureId, cancellationToken)
            ?? throw new ValidationException("DecisionRef.MeetingId", "決定した会議が見つかりません。");
        if (meeting.State is not (Council.MeetingState.Held or Council.MeetingState.MinutesConfirmed))
        {
            throw new ValidationException("DecisionRef.MeetingId", $"「{meeting.Title}」はまだ開催済ではないため、決定の根拠にできません。");
        }
        var text = meeting.Title;
        if (reference.AgendaItemId is { } itemId)
        {
            var items = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meeting.Id).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
            var n = items.FindIndex(i => i.Id == itemId);
            if (n < 0)
            {
                throw new ValidationException("DecisionRef.AgendaItemId", $"指定された議題は「{meeting.Title}」の次第にありません。");
            }
            text = Council.AgendaNames.Decision(meeting.Title, n + 1, items[n].Title, items[n].Outcome);
        }
        return (text, Council.Meeting.DayOf(meeting.StartsAt, meeting.AnswerDeadline, Calendar.JapanDate.Today(clock)));
    }

    /// <summary>
    /// The rules of a move, shared with the minutes that move several themes at once: collects what is wrong
    /// in <paramref name="rules"/> (field names prefixed when <paramref name="prefix"/> is given) and returns the step.
    /// </summary>
    internal static ThemeTransition Check(CollaborationTheme theme, TransitionInput input, TextRules rules, string prefix = "")
    {
        var reason = rules.Required(prefix + nameof(TransitionInput.Reason), "理由", input.Reason, 2000);
        var decision = rules.Optional(prefix + nameof(TransitionInput.DecisionText), "会議の決定内容", input.DecisionText, 2000);
        var from = theme.State;
        var label = prefix.Length > 0 ? $"「{theme.Title}」：" : "";
        if (input.To == ThemeState.Deferred)
        {
            if (!from.IsOpen())
            {
                rules.Add(prefix + nameof(TransitionInput.To), $"{label}「{from.ToJapanese()}」のテーマは見送りにできません。");
            }
        }
        else if (from.Next() != input.To)
        {
            rules.Add(prefix + nameof(TransitionInput.To), from.Next() is { } next
                ? $"{label}「{from.ToJapanese()}」から「{input.To.ToJapanese()}」へは進められません。次は「{next.ToJapanese()}」です。"
                : $"{label}「{from.ToJapanese()}」のテーマはこれ以上進められません。");
        }
        if (input.To == ThemeState.Decided && theme.DeploymentMethod is null)
        {
            rules.Add(prefix + nameof(ThemeInput.DeploymentMethod), $"{label}決定の前に展開方法を設定してください。");
        }
        var councilDecision = ThemeMoveRules.NeedsCouncilDecision(theme.Scope, input.To);
        if (councilDecision && decision is null)
        {
            rules.Add(prefix + nameof(TransitionInput.DecisionText), $"{label}全県のテーマの決定・見送りには、連携推進会議の決定内容を入力してください。");
        }
        if (councilDecision && input.DecisionDate is null)
        {
            rules.Add(prefix + nameof(TransitionInput.DecisionDate), $"{label}連携推進会議で決定した日を入力してください。");
        }
        return new ThemeTransition
        {
            ThemeId = theme.Id, From = from, To = input.To, Reason = reason,
            DecisionText = councilDecision ? decision : null, DecisionDate = councilDecision ? input.DecisionDate : null,
        };
    }

    internal static void Apply(CollaborationTheme theme, ThemeTransition transition, Actor actor, DateTimeOffset now)
    {
        transition.At = now;
        transition.UserId = actor.UserId;
        theme.State = transition.To;
        theme.StateChangedAt = now;
    }

    /// <summary>全県へ: a 連携支援室 hands its regional theme to the secretariat, for the council.</summary>
    public async Task EscalateAsync(Actor actor, int themeId, string? reason, uint version, CancellationToken cancellationToken = default)
    {
        var rules = new TextRules();
        var text = rules.Required("Reason", "全県で扱う理由", reason, 2000);
        rules.ThrowIfInvalid();
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var theme = await LoadAsync(db, actor, themeId, cancellationToken);
        ThemeAccess.EnsureSteer(actor, theme);
        db.Expect(theme, version);
        if (theme.Scope != ThemeScope.Regional || !theme.State.IsOpen())
        {
            throw new ConflictException("地域の進行中のテーマだけを全県に引き上げられます。");
        }
        var secretariat = await db.Departments.Where(d => d.PrefectureId == actor.PrefectureId && d.IsSecretariat).Select(d => d.Id).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow();
        theme.Scope = ThemeScope.Prefectural;
        theme.OwnerOrganisationId = secretariat;
        db.ThemeTransitions.Add(new ThemeTransition { ThemeId = theme.Id, From = theme.State, To = theme.State, At = now, UserId = actor.UserId, Reason = text, Escalated = true });
        await db.SaveAsync(cancellationToken);
    }

    private static async Task<CollaborationTheme> LoadAsync(RenkeiDbContext db, Actor actor, int themeId, CancellationToken cancellationToken)
    {
        var theme = await db.Themes.Include(t => t.Participants).Include(t => t.BudgetNotes)
            .SingleOrDefaultAsync(t => t.Id == themeId && t.PrefectureId == actor.PrefectureId, cancellationToken)
            ?? throw new NotFoundException("指定されたテーマは見つかりません。");
        if (!await ThemeAccess.VisibleThemes(db, actor).AnyAsync(t => t.Id == themeId, cancellationToken))
        {
            throw new NotFoundException("指定されたテーマは見つかりません。");
        }
        return theme;
    }

    private static async Task AddParticipantsAsync(RenkeiDbContext db, CollaborationTheme theme, IEnumerable<NeedItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Where(i => i.Response.Group == RespondentGroup.Municipal).Select(i => i.Response.OrganisationId).Distinct().ToList();
        var municipalities = await db.Municipalities.Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        theme.Participants.AddRange(municipalities.Where(m => theme.Participants.All(p => p.Id != m.Id)));
    }

    private static async Task MarkThemedAsync(RenkeiDbContext db, Actor actor, CollaborationTheme theme, IEnumerable<NeedItem> items, DateTimeOffset now, bool move,
        CancellationToken cancellationToken)
    {
        var ids = items.Select(i => i.Id).ToList();
        var existing = await db.NeedTriage.Where(t => ids.Contains(t.NeedItemId)).ToDictionaryAsync(t => t.NeedItemId, cancellationToken);
        var elsewhere = existing.Values.Where(t => t.ThemeId is { } other && other != theme.Id).ToList();
        if (elsewhere.Count > 0)
        {
            var otherIds = elsewhere.Select(t => t.ThemeId!.Value).Distinct().ToList();
            var others = await db.Themes.Where(t => otherIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
            var titles = items.ToDictionary(i => i.Id, i => i.Title);
            if (!move)
            {
                var first = elsewhere[0];
                throw new ConflictException($"ニーズ「{titles[first.NeedItemId]}」はすでにテーマ「{others[first.ThemeId!.Value].Title}」に含まれています。"
                    + "このテーマへ移す場合は、移動することを指定してください（API では move: true）。");
            }
            foreach (var triage in elsewhere)
            {
                var from = others[triage.ThemeId!.Value];
                db.ThemeTransitions.Add(new ThemeTransition { ThemeId = from.Id, From = from.State, To = from.State, At = now, UserId = actor.UserId,
                    Reason = $"ニーズ「{titles[triage.NeedItemId]}」をテーマ「{theme.Title}」へ移動" });
                theme.Transitions.Add(new ThemeTransition { From = theme.State, To = theme.State, At = now, UserId = actor.UserId,
                    Reason = $"ニーズ「{titles[triage.NeedItemId]}」をテーマ「{from.Title}」から移動" });
            }
        }
        foreach (var id in ids)
        {
            if (!existing.TryGetValue(id, out var triage))
            {
                triage = new NeedTriage { NeedItemId = id };
                db.NeedTriage.Add(triage);
            }
            triage.State = TriageState.Themed;
            triage.ThemeId = theme.Id;
            triage.UpdatedAt = now;
            triage.UpdatedByUserId = actor.UserId;
        }
    }
}
