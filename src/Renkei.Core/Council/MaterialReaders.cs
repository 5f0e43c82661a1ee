using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Council;

/// <summary>
/// Who reads which materials of a set of meetings, read once for the set. A meeting's readers are those who run it
/// (the secretariat, a working team's steerer, a regional body's 連携支援室), the organisations seated in its body on
/// its day and those presenting an item. A material's level narrows or widens that: 庁内 the meeting's readers;
/// 部外秘 only the runners, the seated members and the organisation that brought it (not the other presenters, who
/// are outside the body); 公開 every member of staff of the prefecture.
/// </summary>
internal sealed class MaterialReaders
{
    private readonly Actor _actor;
    private readonly Dictionary<int, MeetingDay> _meetings;
    private readonly HashSet<int> _seated;
    private readonly HashSet<int> _presenting;
    private readonly Func<int, bool> _runsBody;

    private MaterialReaders(Actor actor, Dictionary<int, MeetingDay> meetings, HashSet<int> seated, HashSet<int> presenting, Func<int, bool> runsBody) =>
        (_actor, _meetings, _seated, _presenting, _runsBody) = (actor, meetings, seated, presenting, runsBody);

    public static async Task<MaterialReaders> ForAsync(RenkeiDbContext db, Actor actor, IReadOnlyCollection<MeetingDay> meetings, CancellationToken cancellationToken)
    {
        var byId = meetings.DistinctBy(m => m.MeetingId).ToDictionary(m => m.MeetingId);
        if (CouncilAccess.MayManage(actor))
        {
            return new MaterialReaders(actor, byId, [], [], _ => true);
        }
        var ids = byId.Keys.ToList();
        var bodies = meetings.Select(m => m.BodyId).Distinct().ToList();
        var presenting = await db.AgendaItems.Where(i => ids.Contains(i.MeetingId) && i.PresenterOrganisationId == actor.OrganisationId)
            .Select(i => i.MeetingId).Distinct().ToListAsync(cancellationToken);
        var seats = await db.BodyMemberships.Where(m => bodies.Contains(m.BodyId) && m.OrganisationId == actor.OrganisationId)
            .Select(m => new { m.BodyId, m.From, m.Until }).ToListAsync(cancellationToken);
        var seated = byId.Values.Where(m => seats.Any(s => s.BodyId == m.BodyId && s.From <= m.Day && (s.Until == null || s.Until >= m.Day)))
            .Select(m => m.MeetingId).ToHashSet();
        return new MaterialReaders(actor, byId, seated, presenting.ToHashSet(), await CouncilAccess.MeetingRunnerAsync(db, actor, cancellationToken, bodies));
    }

    /// <summary>Whether the actor is one of the meeting's readers (what a 庁内 material asks).</summary>
    public bool ReadsMeeting(int meetingId) => Runs(meetingId) || _seated.Contains(meetingId) || _presenting.Contains(meetingId);

    /// <summary>Whether the actor runs the meeting (schedules it, keeps its agenda and minutes).</summary>
    public bool Runs(int meetingId) => _meetings.TryGetValue(meetingId, out var meeting) && _runsBody(meeting.BodyId);

    public bool MayRead(int meetingId, Visibility level, int broughtBy) => level switch
    {
        Visibility.Public => true,
        Visibility.Confidential => Runs(meetingId) || _seated.Contains(meetingId) || broughtBy == _actor.OrganisationId,
        _ => ReadsMeeting(meetingId),
    };
}
