using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Council;

/// <summary>
/// 書面開催: once the agenda is fixed, every member organisation answers 承認 or 意見あり (with its comment), once,
/// by the deadline; the secretariat follows who has answered and closes it, which makes it 開催済 — its outcomes
/// and minutes then go the same way as an ordinary meeting's.
/// </summary>
public sealed class WrittenMeetingService(UnitOfWork work, TimeProvider clock)
{
    public async Task AnswerAsync(Actor actor, int meetingId, WrittenAnswerKind answer, string? comment, CancellationToken cancellationToken = default)
    {
        var rules = new TextRules();
        var text = answer == WrittenAnswerKind.Comment
            ? rules.Required("Comment", "意見", comment, 4000)
            : rules.Optional("Comment", "意見", comment, 4000);
        if (!Enum.IsDefined(answer))
        {
            rules.Add("Answer", "「承認」か「意見あり」を選んでください。");
        }
        rules.ThrowIfInvalid();

        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meeting = await FindWrittenAsync(db, actor, meetingId, cancellationToken);
        var today = JapanDate.Today(clock);
        if (meeting.State != MeetingState.AgendaFixed)
        {
            throw new ConflictException("この書面開催は回答を受け付けていません。");
        }
        if (today > meeting.AnswerDeadline)
        {
            throw new ConflictException($"回答期限（{Wareki.FormatDate(meeting.AnswerDeadline!.Value)}）を過ぎているため回答できません。");
        }
        var member = await db.BodyMemberships.OnDay(meeting.BodyId, today).AnyAsync(m => m.OrganisationId == actor.OrganisationId, cancellationToken);
        if (!member)
        {
            throw new ForbiddenException("この会議の構成員である団体だけが回答できます。");
        }
        if (await db.WrittenAnswers.AnyAsync(a => a.MeetingId == meetingId && a.OrganisationId == actor.OrganisationId, cancellationToken))
        {
            throw new ConflictException("この団体は既に回答しています。");
        }
        db.WrittenAnswers.Add(new WrittenAnswer
        {
            MeetingId = meetingId, OrganisationId = actor.OrganisationId, Answer = answer, Comment = text, AnsweredAt = clock.GetUtcNow(), UserId = actor.UserId,
        });
        await db.SaveAsync("この団体は既に回答しています。", cancellationToken);
    }

    /// <summary>Whether the actor's organisation is asked to answer, and its answer if it has.</summary>
    public async Task<(bool IsMember, WrittenAnswerView? Answer)> MineAsync(Actor actor, int meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meeting = await FindWrittenAsync(db, actor, meetingId, cancellationToken);
        var day = meeting.AnswerDeadline!.Value;
        var seat = await db.BodyMemberships.AsNoTracking().OnDay(meeting.BodyId, day)
            .Where(m => m.OrganisationId == actor.OrganisationId)
            .Select(m => new { m.Organisation.Name, m.Post }).FirstOrDefaultAsync(cancellationToken);
        if (seat is null)
        {
            return (false, null);
        }
        var answer = await db.WrittenAnswers.AsNoTracking().SingleOrDefaultAsync(a => a.MeetingId == meetingId && a.OrganisationId == actor.OrganisationId, cancellationToken);
        return (true, answer is null ? null : new WrittenAnswerView(actor.OrganisationId, seat.Name, seat.Post, answer.Answer, answer.Comment, answer.AnsweredAt));
    }

    /// <summary>Every member organisation on the deadline with its answer, if any (for the secretariat to follow up).</summary>
    public async Task<IReadOnlyList<WrittenAnswerView>> ListAsync(Actor actor, int meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        await CouncilQueries.FindRunnableMeetingAsync(db, actor, meetingId, cancellationToken); // who may follow up before whether it is written
        var meeting = await FindWrittenAsync(db, actor, meetingId, cancellationToken);
        var day = meeting.AnswerDeadline!.Value;
        var members = await db.BodyMemberships.AsNoTracking().OnDay(meeting.BodyId, day)
            .OrderBy(m => m.Id)
            .Select(m => new { m.OrganisationId, m.Organisation.Name, m.Post })
            .ToListAsync(cancellationToken);
        var answers = await db.WrittenAnswers.AsNoTracking().Where(a => a.MeetingId == meetingId).ToDictionaryAsync(a => a.OrganisationId, cancellationToken);
        return members.DistinctBy(m => m.OrganisationId)
            .Select(m => answers.TryGetValue(m.OrganisationId, out var a)
                ? new WrittenAnswerView(m.OrganisationId, m.Name, m.Post, a.Answer, a.Comment, a.AnsweredAt)
                : new WrittenAnswerView(m.OrganisationId, m.Name, m.Post, null, null, null))
            .ToList();
    }

    private static async Task<Meeting> FindWrittenAsync(RenkeiDbContext db, Actor actor, int meetingId, CancellationToken cancellationToken)
    {
        var meeting = await CouncilQueries.FindMeetingAsync(db, actor, meetingId, cancellationToken);
        if (!meeting.IsWritten || meeting.AnswerDeadline is null)
        {
            throw new ConflictException("この会議は書面開催ではありません。");
        }
        return meeting;
    }
}
