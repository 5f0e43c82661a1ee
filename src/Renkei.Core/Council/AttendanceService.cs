using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Council;

/// <summary>
/// Who attended (出席): the secretariat ticks the seats of the roster on the meeting's day; the minutes list those
/// present and absent. A written meeting has no attendance — its members' answers stand for it.
/// </summary>
public sealed class AttendanceService(UnitOfWork work, TimeProvider clock)
{
    public async Task<AttendanceSheet> GetAsync(Actor actor, int meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meeting = await CouncilQueries.FindMeetingAsync(db, actor, meetingId, cancellationToken);
        var present = await db.MeetingAttendances.AsNoTracking().Where(a => a.MeetingId == meetingId).ToDictionaryAsync(a => a.MembershipId, a => a.Note, cancellationToken);
        var seats = (await RosterAsync(db, meeting, cancellationToken))
            .Select(m => new AttendanceView(m.Id, m.OrganisationId, m.Organisation.Name, m.Post, present.ContainsKey(m.Id), present.GetValueOrDefault(m.Id)))
            .ToList();
        return new AttendanceSheet(present.Count > 0, seats);
    }

    /// <summary>Replaces the record of who came (the seats given are present, the rest absent).</summary>
    public async Task RecordAsync(Actor actor, int meetingId, IReadOnlyList<AttendanceInput> present, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meeting = await CouncilQueries.FindRunnableMeetingAsync(db, actor, meetingId, cancellationToken);
        if (meeting.IsWritten)
        {
            throw new ConflictException("書面開催の会議には出欠がありません（構成員の回答が記録されます）。");
        }
        if (meeting.State is not (MeetingState.AgendaFixed or MeetingState.Held))
        {
            throw new ConflictException("出欠は、次第を確定してから議事録を確定するまでの間に記録してください。");
        }
        var roster = (await RosterAsync(db, meeting, cancellationToken)).Select(m => m.Id).ToHashSet();
        var rules = new TextRules();
        var rows = new List<MeetingAttendance>();
        foreach (var (seat, n) in present.DistinctBy(p => p.MembershipId).Select((p, n) => (p, n)))
        {
            var note = rules.Optional($"Present[{n}].Note", "出席者の備考", seat.Note, 200);
            if (!roster.Contains(seat.MembershipId))
            {
                rules.Add($"Present[{n}].MembershipId", "この会議の日の構成員ではない席が含まれています。");
            }
            rows.Add(new MeetingAttendance { MeetingId = meetingId, MembershipId = seat.MembershipId, Note = note });
        }
        rules.ThrowIfInvalid();
        db.MeetingAttendances.RemoveRange(await db.MeetingAttendances.Where(a => a.MeetingId == meetingId).ToListAsync(cancellationToken));
        db.MeetingAttendances.AddRange(rows);
        await db.SaveAsync(cancellationToken);
    }

    private async Task<List<BodyMembership>> RosterAsync(RenkeiDbContext db, Meeting meeting, CancellationToken cancellationToken)
    {
        var day = Meeting.DayOf(meeting.StartsAt, meeting.AnswerDeadline, JapanDate.Today(clock));
        return await db.BodyMemberships.AsNoTracking().Include(m => m.Organisation).OnDay(meeting.BodyId, day)
            .OrderBy(m => m.Id).ToListAsync(cancellationToken);
    }
}
