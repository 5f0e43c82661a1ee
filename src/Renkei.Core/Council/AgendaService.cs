using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Themes;

namespace Renkei.Core.Council;

/// <summary>
/// The 次第 of a meeting and its minutes. The secretariat builds the agenda (offered what fits the meeting),
/// fixes it, records each item's outcome after the meeting, and confirming the minutes moves the themes the
/// body decided — all of them, or none when one cannot move.
/// </summary>
public sealed class AgendaService(UnitOfWork work, TimeProvider clock)
{
    public async Task<IReadOnlyList<AgendaItemView>> ListAsync(Actor actor, int meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        await CouncilQueries.FindMeetingAsync(db, actor, meetingId, cancellationToken);
        var items = await db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId).OrderBy(i => i.SortOrder)
            .Select(i => new { i.Id, i.Kind, i.Title, i.PresenterOrganisationId, Presenter = db.Organisations.Where(o => o.Id == i.PresenterOrganisationId).Select(o => o.Name).FirstOrDefault(),
                i.ThemeIds, i.Outcome, i.MinutesNote, i.Version })
            .ToListAsync(cancellationToken);
        return items.Select((i, n) => new AgendaItemView(i.Id, n + 1, i.Kind, i.Title, i.PresenterOrganisationId, i.Presenter, i.ThemeIds, i.Outcome, i.MinutesNote, i.Version)).ToList();
    }

    /// <summary>
    /// 第1回連携推進会議: the 全県 candidate themes to decide; 行政懇談会: progress of the themes 検討中; 第2回: next year's
    /// themes and new candidates; any council meeting: finished themes to showcase (見える化).
    /// </summary>
    public async Task<IReadOnlyList<AgendaSuggestion>> SuggestAsync(Actor actor, int meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meeting = await CouncilQueries.FindMeetingAsync(db, actor, meetingId, cancellationToken);
        var body = await db.CouncilBodies.SingleAsync(b => b.Id == meeting.BodyId, cancellationToken);
        var themes = await db.Themes.AsNoTracking().Where(t => t.PrefectureId == actor.PrefectureId)
            .Select(t => new ThemeFacts(t.Id, t.Title, t.State, t.Scope, t.LeadDepartmentId ?? t.OwnerOrganisationId, t.Visibility == Visibility.Confidential))
            .ToListAsync(cancellationToken);
        var taken = (await db.AgendaItems.Where(i => i.MeetingId == meetingId).Select(i => i.ThemeIds).ToListAsync(cancellationToken)).SelectMany(t => t).ToHashSet();
        var suggestions = new List<AgendaSuggestion>();
        void Offer(AgendaItemKind kind, string title, ThemeFacts t) => suggestions.Add(new AgendaSuggestion(kind, title, t.Id, t.Presenter));
        // Every member of the body reads the agenda: a 部外秘 theme is put to it without its title (decision 0016).
        static string Named(ThemeFacts t, string named, string unnamed) => t.Confidential ? unnamed : named;

        var council = body.Kind is BodyKind.Council or BodyKind.SteeringCommittee;
        if (council && meeting.Number != 2)
        {
            foreach (var t in themes.Where(t => t.State == ThemeState.Candidate && t.Scope == ThemeScope.Prefectural))
            {
                Offer(AgendaItemKind.Deliberation, Named(t, $"新たな連携テーマ「{t.Title}」について", "部外秘の新たな連携テーマについて"), t);
            }
        }
        if (body.Kind == BodyKind.AdministrativeRoundtable)
        {
            foreach (var t in themes.Where(t => t.State == ThemeState.Studying))
            {
                Offer(AgendaItemKind.Report, Named(t, $"「{t.Title}」の検討状況", "部外秘のテーマの検討状況"), t);
            }
        }
        if (council && meeting.Number == 2)
        {
            foreach (var t in themes.Where(t => t.State is ThemeState.Decided or ThemeState.Studying or ThemeState.Budgeted))
            {
                Offer(AgendaItemKind.Deliberation, Named(t, $"「{t.Title}」の次年度の取組み", "部外秘のテーマの次年度の取組み"), t);
            }
            foreach (var t in themes.Where(t => t.State == ThemeState.Candidate))
            {
                Offer(AgendaItemKind.Exchange, Named(t, $"新たなテーマ候補「{t.Title}」", "部外秘の新たなテーマ候補"), t);
            }
        }
        if (body.Kind == BodyKind.Council)
        {
            foreach (var t in themes.Where(t => t.State == ThemeState.Completed && !t.Confidential)) // 見える化 shows a case to all: not a 部外秘 one
            {
                Offer(AgendaItemKind.CaseShowcase, $"連携事例の紹介「{t.Title}」", t);
            }
        }
        return suggestions.Where(s => !taken.Contains(s.ThemeId)).ToList();
    }

    public async Task<int> AddAsync(Actor actor, int meetingId, AgendaItemInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meeting = await EditableAsync(db, actor, meetingId, cancellationToken);
        var item = new AgendaItem { MeetingId = meeting.Id, Title = "" };
        await ApplyAsync(db, actor, item, input, cancellationToken);
        item.SortOrder = await db.AgendaItems.Where(i => i.MeetingId == meeting.Id).Select(i => (int?)i.SortOrder).MaxAsync(cancellationToken) + 1 ?? 0;
        db.AgendaItems.Add(item);
        await db.SaveAsync(cancellationToken);
        return item.Id;
    }

    public async Task RemoveAsync(Actor actor, int meetingId, int itemId, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        await EditableAsync(db, actor, meetingId, cancellationToken);
        var item = await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == itemId && i.MeetingId == meetingId, cancellationToken)
            ?? throw new NotFoundException("指定された議題は見つかりません。");
        db.Expect(item, version);
        if (await db.MeetingMaterials.AnyAsync(m => m.AgendaItemId == itemId, cancellationToken))
        {
            throw new ConflictException($"議題「{item.Title}」には資料が登録されているため削除できません。先に資料を削除してください。");
        }
        db.AgendaItems.Remove(item);
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>Puts the items in the given order (all of them, each once).</summary>
    public async Task ReorderAsync(Actor actor, int meetingId, IReadOnlyList<int> itemIds, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        await EditableAsync(db, actor, meetingId, cancellationToken);
        var items = await db.AgendaItems.Where(i => i.MeetingId == meetingId).ToListAsync(cancellationToken);
        if (itemIds.Count != items.Count || itemIds.Distinct().Count() != items.Count || items.Any(i => !itemIds.Contains(i.Id)))
        {
            throw new ValidationException("ItemIds", "並べ替えには、この会議のすべての議題を1回ずつ指定してください。");
        }
        foreach (var item in items)
        {
            item.SortOrder = itemIds.ToList().IndexOf(item.Id);
        }
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>予定 → 次第確定 → 開催済: the agenda is fixed before the meeting, the meeting held on its day.</summary>
    public async Task AdvanceAsync(Actor actor, int meetingId, MeetingState to, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meeting = await CouncilQueries.FindRunnableMeetingAsync(db, actor, meetingId, cancellationToken);
        db.Expect(meeting, version);
        var allowed = (meeting.State, to) switch
        {
            _ when !MeetingSteps.From(meeting.State).Contains(to) || to == MeetingState.MinutesConfirmed // confirmed by ConfirmMinutesAsync
                => $"「{meeting.State.ToJapanese()}」の会議を「{to.ToJapanese()}」にはできません。",
            (MeetingState.Planned, MeetingState.AgendaFixed) => await db.AgendaItems.AnyAsync(i => i.MeetingId == meetingId, cancellationToken)
                ? null : "議題が1つもないため、次第を確定できません。",
            (MeetingState.AgendaFixed, MeetingState.Planned) => null, // reopen the agenda
            (MeetingState.AgendaFixed, MeetingState.Held) => HeldProblem(meeting, JapanDate.Today(clock)),
            _ => null,
        };
        if (allowed is not null)
        {
            throw new ConflictException(allowed);
        }
        meeting.State = to;
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>A meeting in person is held on or after its day (its minutes would otherwise date a decision ahead); a written one closes any time.</summary>
    private static string? HeldProblem(Meeting meeting, DateOnly today)
    {
        if (meeting.IsWritten)
        {
            return null;
        }
        if (meeting.StartsAt is not { } startsAt)
        {
            return "開催日を設定してから開催済にしてください。";
        }
        var day = Meeting.DayOf(startsAt, null, today);
        return day > today ? $"開催日（{day.Year}年{day.Month}月{day.Day}日）より前に開催済にはできません。" : null;
    }

    /// <summary>Records an item's outcome in the minutes (after the meeting, before the minutes are confirmed).</summary>
    public async Task RecordOutcomeAsync(Actor actor, int meetingId, int itemId, AgendaOutcome outcome, string? note, uint version, CancellationToken cancellationToken = default)
    {
        var rules = new TextRules();
        var text = rules.Optional("MinutesNote", "議事の記録", note, 4000);
        rules.ThrowIfInvalid();
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meeting = await CouncilQueries.FindRunnableMeetingAsync(db, actor, meetingId, cancellationToken);
        if (meeting.State != MeetingState.Held)
        {
            throw new ConflictException("議事録は、開催済で議事録確定前の会議にだけ記録できます。");
        }
        var item = await db.AgendaItems.SingleOrDefaultAsync(i => i.Id == itemId && i.MeetingId == meetingId, cancellationToken)
            ?? throw new NotFoundException("指定された議題は見つかりません。");
        db.Expect(item, version);
        item.Outcome = outcome;
        item.MinutesNote = text;
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>
    /// 議事録確定: every 協議 item needs its outcome; themes decided there move 候補 → 決定 (承認, 修正のうえ承認)
    /// or → 見送り (否決), each step pointing at the meeting and item. One save: all move, or none.
    /// </summary>
    public async Task ConfirmMinutesAsync(Actor actor, int meetingId, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meeting = await CouncilQueries.FindRunnableMeetingAsync(db, actor, meetingId, cancellationToken);
        db.Expect(meeting, version);
        if (meeting.State != MeetingState.Held)
        {
            throw new ConflictException("議事録は、開催済の会議についてだけ確定できます。");
        }
        var items = await db.AgendaItems.Where(i => i.MeetingId == meetingId).OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        var rules = new TextRules();
        foreach (var (item, n) in items.Select((item, n) => (item, n + 1)).Where(x => x.item.Kind == AgendaItemKind.Deliberation && x.item.Outcome is null))
        {
            rules.Add($"Items[{n}]", $"議題{n}「{item.Title}」の結果を記録してください。");
        }
        rules.ThrowIfInvalid();

        var day = Meeting.DayOf(meeting.StartsAt, meeting.AnswerDeadline, JapanDate.Today(clock));
        var now = clock.GetUtcNow();
        var moves = new List<(CollaborationTheme Theme, ThemeTransition Step)>();
        foreach (var (item, n) in items.Select((item, n) => (item, n + 1)).Where(x => x.item.Kind == AgendaItemKind.Deliberation))
        {
            ThemeState? to = item.Outcome switch
            {
                AgendaOutcome.Approved or AgendaOutcome.ApprovedWithChanges => ThemeState.Decided,
                AgendaOutcome.Rejected => ThemeState.Deferred,
                _ => null,
            };
            if (to is null)
            {
                continue;
            }
            var themes = await db.Themes.Where(t => item.ThemeIds.Contains(t.Id) && t.PrefectureId == actor.PrefectureId && t.State == ThemeState.Candidate).ToListAsync(cancellationToken);
            foreach (var theme in themes)
            {
                var decision = AgendaNames.Decision(meeting.Title, n, item.Title, item.Outcome) + (item.MinutesNote is null ? "" : $"（{item.MinutesNote}）");
                var step = ThemeService.Check(theme, new TransitionInput(to.Value, $"{meeting.Title}の議事録確定", decision, day), rules, prefix: $"Theme[{theme.Id}].");
                step.MeetingId = meeting.Id;
                step.AgendaItemId = item.Id;
                moves.Add((theme, step));
            }
        }
        rules.ThrowIfInvalid(); // one theme that cannot move stops them all
        foreach (var (theme, step) in moves)
        {
            ThemeService.Apply(theme, step, actor, now);
            db.ThemeTransitions.Add(step);
        }
        meeting.State = MeetingState.MinutesConfirmed;
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>What a suggestion needs of a theme; the lead department presents it, else its owner.</summary>
    private sealed record ThemeFacts(int Id, string Title, ThemeState State, ThemeScope Scope, int Presenter, bool Confidential);

    private static async Task ApplyAsync(RenkeiDbContext db, Actor actor, AgendaItem item, AgendaItemInput input, CancellationToken cancellationToken)
    {
        var rules = new TextRules();
        item.Title = rules.Required("Title", "議題", input.Title, 200);
        if (!Enum.IsDefined(input.Kind))
        {
            rules.Add("Kind", "議題の種類を選んでください。");
        }
        if (input.PresenterOrganisationId is { } presenter && !await CouncilQueries.Presenters(db, actor).AnyAsync(o => o.Id == presenter, cancellationToken))
        {
            rules.Add("PresenterOrganisationId", "説明者は県内の市町村、部局、連携支援室から選んでください。");
        }
        var themeIds = (input.ThemeIds ?? []).Distinct().ToArray();
        var linked = await db.Themes.Where(t => themeIds.Contains(t.Id) && t.PrefectureId == actor.PrefectureId)
            .Select(t => new { t.Title, t.Visibility }).ToListAsync(cancellationToken);
        if (linked.Count != themeIds.Length)
        {
            rules.Add("ThemeIds", "関連するテーマが見つかりません。");
        }
        if (linked.Any(t => t.Visibility == Visibility.Confidential && item.Title.Contains(t.Title, StringComparison.Ordinal)))
        {
            rules.Add("Title", "部外秘のテーマの題名は議題名に入れられません。議題は会議の構成員全員が読みます。");
        }
        rules.ThrowIfInvalid();
        item.Kind = input.Kind;
        item.PresenterOrganisationId = input.PresenterOrganisationId;
        item.ThemeIds = themeIds;
    }

    private static async Task<Meeting> EditableAsync(RenkeiDbContext db, Actor actor, int meetingId, CancellationToken cancellationToken)
    {
        var meeting = await CouncilQueries.FindRunnableMeetingAsync(db, actor, meetingId, cancellationToken);
        if (meeting.State != MeetingState.Planned)
        {
            throw new ConflictException("次第を確定した後は議題を変更できません。変更する場合は次第の確定を取り消してください。");
        }
        return meeting;
    }
}
