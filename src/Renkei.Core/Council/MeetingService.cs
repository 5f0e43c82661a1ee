using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Council;

/// <summary>Meetings of the council's bodies: everyone in the prefecture reads them; the secretariat dates and places them.</summary>
public sealed class MeetingService(UnitOfWork work)
{
    public async Task<IReadOnlyList<MeetingView>> ListAsync(Actor actor, int? fiscalYear = null, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meetings = db.Meetings.AsNoTracking().Where(m => m.PrefectureId == actor.PrefectureId);
        if (fiscalYear is { } year)
        {
            SaneDates.RequireFiscalYear(year);
            meetings = meetings.Where(m => m.FiscalYear == year);
        }
        var views = await Views(meetings.OrderBy(m => m.FiscalYear).ThenBy(m => m.StartsAt ?? DateTimeOffset.MaxValue).ThenBy(m => m.TargetFrom))
            .ToListAsync(cancellationToken);
        var runs = await CouncilAccess.MeetingRunnerAsync(db, actor, cancellationToken);
        return views.Select(v => v with { CanManage = runs(v.BodyId) }).ToList();
    }

    public async Task<MeetingView> GetAsync(Actor actor, int meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var view = await Views(db.Meetings.AsNoTracking().Where(m => m.Id == meetingId && m.PrefectureId == actor.PrefectureId)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("指定された会議は見つかりません。");
        return view with { CanManage = (await CouncilAccess.MeetingRunnerAsync(db, actor, cancellationToken))(view.BodyId) };
    }

    /// <summary>The organisations an agenda item may name as presenter (the same the services accept).</summary>
    public async Task<IReadOnlyList<Organisations.OrganisationOption>> ListPresentersAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        return Organisations.OrganisationOption.InDirectoryOrder(await CouncilQueries.Presenters(db, actor).AsNoTracking().ToListAsync(cancellationToken));
    }

    /// <summary>A meeting outside the template (an extra 幹事会 by the secretariat; a working team's by whoever steers its theme).</summary>
    public async Task<int> CreateAsync(Actor actor, int bodyId, int fiscalYear, MeetingInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var body = await CouncilQueries.FindBodyAsync(db, actor, bodyId, cancellationToken);
        await CouncilAccess.EnsureMeetingRunnerAsync(db, actor, body.Id, cancellationToken);
        SaneDates.RequireFiscalYear(fiscalYear);
        var (title, place, _) = Validate(input, fiscalYear);
        // Listed in the month it happens: its day (in Japan), a written meeting's deadline, or April when neither is known.
        var day = input.StartsAt is { } at ? DateOnly.FromDateTime(Wareki.ToJapanTime(at).DateTime) : input.AnswerDeadline;
        var month = day is { } d ? new DateOnly(d.Year, d.Month, 1) : AnnualCycleService.MonthIn(fiscalYear, 4);
        var meeting = new Meeting
        {
            PrefectureId = actor.PrefectureId, BodyId = body.Id, FiscalYear = fiscalYear, Title = title, TargetFrom = month, TargetUntil = month,
            StartsAt = input.StartsAt?.ToUniversalTime(), Place = place, IsWritten = input.IsWritten, AnswerDeadline = input.AnswerDeadline,
        };
        db.Meetings.Add(meeting);
        await db.SaveAsync(cancellationToken);
        return meeting.Id;
    }

    /// <summary>Sets the date and place, or makes it a written meeting with an answer deadline; a stale version is a conflict.</summary>
    public async Task<uint> UpdateAsync(Actor actor, int meetingId, MeetingInput input, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meeting = await CouncilQueries.FindRunnableMeetingAsync(db, actor, meetingId, cancellationToken);
        var (title, place, orderReason) = Validate(input, meeting.FiscalYear);
        db.Expect(meeting, version);
        meeting.Title = title;
        meeting.StartsAt = input.StartsAt?.ToUniversalTime();
        meeting.Place = place;
        meeting.IsWritten = input.IsWritten;
        meeting.AnswerDeadline = input.AnswerDeadline;
        await KeepCouncilAfterSteeringCommitteeAsync(db, meeting, orderReason, cancellationToken);
        await db.SaveAsync(cancellationToken);
        return meeting.Version;
    }

    /// <summary>The issuing office printed at the foot of the agenda and minutes: 事務局：企画振興部市町村課 for Yamagata.</summary>
    public async Task<string> IssuerAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var secretariat = await db.Departments.AsNoTracking().Where(d => d.PrefectureId == actor.PrefectureId && d.IsSecretariat)
            .OrderBy(d => d.Id).Select(d => new { d.Bureau, d.Division }).FirstOrDefaultAsync(cancellationToken);
        return secretariat is null ? MeetingDocuments.DefaultIssuer : $"事務局：{secretariat.Bureau}{secretariat.Division}";
    }

    /// <summary>
    /// The policy holds the 幹事会 before each 連携推進会議 of the same number: dating them the other way round is
    /// kept only with a reason, which the meeting shows; once they are in order again the reasons are dropped.
    /// </summary>
    private static async Task KeepCouncilAfterSteeringCommitteeAsync(RenkeiDbContext db, Meeting meeting, string? reason, CancellationToken cancellationToken)
    {
        var kind = await db.CouncilBodies.Where(b => b.Id == meeting.BodyId).Select(b => b.Kind).SingleAsync(cancellationToken);
        if (meeting.Number is not { } number || kind is not (BodyKind.Council or BodyKind.SteeringCommittee))
        {
            return;
        }
        var partnerKind = kind == BodyKind.Council ? BodyKind.SteeringCommittee : BodyKind.Council;
        var partner = await db.Meetings.SingleOrDefaultAsync(m => m.PrefectureId == meeting.PrefectureId && m.FiscalYear == meeting.FiscalYear
            && m.Number == number && m.Body.Kind == partnerKind, cancellationToken);
        var day = KnownDay(meeting);
        var partnerDay = partner is null ? null : KnownDay(partner);
        var (council, secretaries) = kind == BodyKind.Council ? (day, partnerDay) : (partnerDay, day);
        if (council is not { } c || secretaries is not { } s || c >= s)
        {
            meeting.OrderReason = null;
            partner?.OrderReason = null;
            return;
        }
        if (reason is null)
        {
            var where = kind == BodyKind.Council ? $"{partner!.Title}（{s.Month}月{s.Day}日）より前" : $"{partner!.Title}（{c.Month}月{c.Day}日）より後";
            throw new ValidationException(nameof(MeetingInput.OrderReason),
                $"{where}の日付です。幹事会は連携推進会議の前に開く方針のため、この日程とする理由を入力してください。");
        }
        meeting.OrderReason = reason;
    }

    private static DateOnly? KnownDay(Meeting meeting) =>
        meeting.StartsAt is null && meeting.AnswerDeadline is null ? null : Meeting.DayOf(meeting.StartsAt, meeting.AnswerDeadline, default);

    /// <summary>A meeting is held within its fiscal year (a date in another year is a typing mistake).</summary>
    private static (string Title, string? Place, string? OrderReason) Validate(MeetingInput input, int fiscalYear)
    {
        var rules = new TextRules();
        var year = new FiscalYear(fiscalYear);
        // The sane range first: converting a date like 9999-12-31 to Japan time would overflow.
        if (input.StartsAt is { } startsAt && !(SaneDates.Contains(startsAt) && year.Contains(DateOnly.FromDateTime(Wareki.ToJapanTime(startsAt).DateTime))))
        {
            rules.Add(nameof(MeetingInput.StartsAt), $"開催日時は{year.ToJapanese()}の中（{year.FirstDay.Year}年4月1日〜{year.LastDay.Year}年3月31日）で指定してください。");
        }
        if (input.AnswerDeadline is { } deadline && !year.Contains(deadline))
        {
            rules.Add(nameof(MeetingInput.AnswerDeadline), $"回答期限は{year.ToJapanese()}の中で指定してください。");
        }
        var title = rules.Required(nameof(MeetingInput.Title), "会議名", input.Title, 200);
        var place = rules.Optional(nameof(MeetingInput.Place), "場所", input.Place, 200);
        var orderReason = rules.Optional(nameof(MeetingInput.OrderReason), "幹事会より前に開く理由", input.OrderReason, 1000);
        if (input.IsWritten && input.AnswerDeadline is null)
        {
            rules.Add(nameof(MeetingInput.AnswerDeadline), "書面開催では回答期限を入力してください。");
        }
        if (!input.IsWritten && input.StartsAt is not null && place is null)
        {
            rules.Add(nameof(MeetingInput.Place), "開催場所を入力してください。");
        }
        rules.ThrowIfInvalid();
        return (title, place, orderReason);
    }

    private static IQueryable<MeetingView> Views(IQueryable<Meeting> meetings) => meetings.Select(m => new MeetingView(
        m.Id, m.BodyId, m.Body.Kind, m.Body.Name, m.FiscalYear, m.Number, m.Title, m.TargetFrom, m.TargetUntil, m.StartsAt, m.Place,
        m.IsWritten, m.AnswerDeadline, m.State, m.Version, m.OrderReason));
}
