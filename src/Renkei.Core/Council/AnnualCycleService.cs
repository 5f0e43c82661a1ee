using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Council;

/// <summary>
/// The fiscal year's cycle: generated from the prefecture's 年間スケジュール template as planned meetings and
/// milestones with target months; the secretariat then dates the meetings. The timeline says what is done, due and late.
/// </summary>
public sealed class AnnualCycleService(UnitOfWork work, TimeProvider clock)
{
    public async Task GenerateAsync(Actor actor, int fiscalYear, CancellationToken cancellationToken = default)
    {
        SaneDates.RequireFiscalYear(fiscalYear);
        CouncilAccess.EnsureManager(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        if (await db.Meetings.AnyAsync(m => m.PrefectureId == actor.PrefectureId && m.FiscalYear == fiscalYear, cancellationToken)
            || await db.Milestones.AnyAsync(m => m.PrefectureId == actor.PrefectureId && m.FiscalYear == fiscalYear, cancellationToken))
        {
            throw new ConflictException($"{new FiscalYear(fiscalYear).ToJapanese()}の年間スケジュールは既に作成されています。");
        }
        var template = await db.ScheduleTemplate.Where(t => t.PrefectureId == actor.PrefectureId).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        if (template.Count == 0)
        {
            throw new ValidationException("Template", "年間スケジュールのひな形がありません。");
        }
        var bodies = await db.CouncilBodies.Where(b => b.PrefectureId == actor.PrefectureId).ToListAsync(cancellationToken);
        foreach (var item in template)
        {
            var from = MonthIn(fiscalYear, item.FromMonth);
            var until = MonthIn(fiscalYear, item.UntilMonth);
            if (item.Body is { } kind)
            {
                var body = bodies.FirstOrDefault(b => b.Kind == kind)
                    ?? throw new ValidationException("Template", $"ひな形の「{item.Title}」の会議体（{kind.ToJapanese()}）がありません。");
                db.Meetings.Add(new Meeting
                {
                    PrefectureId = actor.PrefectureId, BodyId = body.Id, FiscalYear = fiscalYear, Number = item.Number, Title = item.Title,
                    TargetFrom = from, TargetUntil = until,
                });
            }
            else
            {
                db.Milestones.Add(new Milestone { PrefectureId = actor.PrefectureId, FiscalYear = fiscalYear, Title = item.Title, TargetFrom = from, TargetUntil = until });
            }
        }
        await db.SaveAsync(cancellationToken);
    }

    public async Task<AnnualCycleView> GetAsync(Actor actor, int fiscalYear, CancellationToken cancellationToken = default)
    {
        SaneDates.RequireFiscalYear(fiscalYear);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var today = JapanDate.Today(clock);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.PrefectureId == actor.PrefectureId && m.FiscalYear == fiscalYear)
            .Select(m => new { m.Id, m.Title, m.Body.Kind, m.State, m.TargetFrom, m.TargetUntil, m.StartsAt, m.IsWritten, m.AnswerDeadline })
            .ToListAsync(cancellationToken);
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.PrefectureId == actor.PrefectureId && m.FiscalYear == fiscalYear).ToListAsync(cancellationToken);

        var items = meetings.Select(m =>
            {
                var day = m.StartsAt is { } at ? DateOnly.FromDateTime(Wareki.ToJapanTime(at).DateTime) : (DateOnly?)null;
                var done = m.State is MeetingState.Held or MeetingState.MinutesConfirmed;
                return new AnnualCycleItemView(m.Title, m.Kind, m.Id, m.State, null, m.TargetFrom, m.TargetUntil, m.StartsAt, null,
                    Status(done, day ?? EndOfMonth(m.TargetUntil), m.TargetFrom, today));
            })
            .Concat(milestones.Select(m => new AnnualCycleItemView(m.Title, null, null, null, m.Id, m.TargetFrom, m.TargetUntil, null, m.DoneOn,
                Status(m.DoneOn is not null, EndOfMonth(m.TargetUntil), m.TargetFrom, today), m.Version)))
            .OrderBy(i => i.StartsAt is { } at ? DateOnly.FromDateTime(Wareki.ToJapanTime(at).DateTime) : i.TargetFrom)
            .ThenBy(i => i.MilestoneId is null ? 1 : 0)
            .ToList();
        return new AnnualCycleView(fiscalYear, items.Count > 0, items, CouncilAccess.MayManage(actor));
    }

    /// <summary>Marks a milestone done (or not).</summary>
    public async Task SetMilestoneDoneAsync(Actor actor, int milestoneId, DateOnly? doneOn, uint version, CancellationToken cancellationToken = default)
    {
        CouncilAccess.EnsureManager(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var milestone = await db.Milestones.SingleOrDefaultAsync(m => m.Id == milestoneId && m.PrefectureId == actor.PrefectureId, cancellationToken)
            ?? throw new NotFoundException("指定された予定は見つかりません。");
        db.Expect(milestone, version);
        milestone.DoneOn = doneOn;
        await db.SaveAsync(cancellationToken);
    }

    private static AnnualCycleItemStatus Status(bool done, DateOnly dueBy, DateOnly from, DateOnly today) =>
        done ? AnnualCycleItemStatus.Done
        : today > dueBy ? AnnualCycleItemStatus.Late
        : today >= from ? AnnualCycleItemStatus.Due
        : AnnualCycleItemStatus.Upcoming;

    /// <summary>The first day of a month of the fiscal year: April–December in its start year, January–March in the next.</summary>
    public static DateOnly MonthIn(int fiscalYear, int month) => new(month >= 4 ? fiscalYear : fiscalYear + 1, month, 1);

    private static DateOnly EndOfMonth(DateOnly firstDay) => firstDay.AddMonths(1).AddDays(-1);
}
