using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Council;

/// <summary>The lookups the council's services share, each scoped to the actor's prefecture.</summary>
internal static class CouncilQueries
{
    public static async Task<Meeting> FindMeetingAsync(RenkeiDbContext db, Actor actor, int meetingId, CancellationToken cancellationToken) =>
        await db.Meetings.SingleOrDefaultAsync(m => m.Id == meetingId && m.PrefectureId == actor.PrefectureId, cancellationToken)
        ?? throw new NotFoundException("指定された会議は見つかりません。");

    /// <summary>The meeting, if the actor runs its body's meetings (<see cref="CouncilAccess.MayRunMeetingsAsync"/>); else 403.</summary>
    public static async Task<Meeting> FindRunnableMeetingAsync(RenkeiDbContext db, Actor actor, int meetingId, CancellationToken cancellationToken)
    {
        var meeting = await FindMeetingAsync(db, actor, meetingId, cancellationToken);
        await CouncilAccess.EnsureMeetingRunnerAsync(db, actor, meeting.BodyId, cancellationToken);
        return meeting;
    }

    public static async Task<CouncilBody> FindBodyAsync(RenkeiDbContext db, Actor actor, int bodyId, CancellationToken cancellationToken) =>
        await db.CouncilBodies.SingleOrDefaultAsync(b => b.Id == bodyId && b.PrefectureId == actor.PrefectureId, cancellationToken)
        ?? throw new NotFoundException("指定された会議体は見つかりません。");

    /// <summary>
    /// Who may present an agenda item: the prefecture's municipalities, departments and 連携支援室. A 総合支庁 itself does
    /// not present; its 連携支援室 does. The page offers these and the API accepts only these.
    /// </summary>
    public static IQueryable<Organisation> Presenters(RenkeiDbContext db, Actor actor) =>
        db.Organisations.Where(o => o.PrefectureId == actor.PrefectureId && !(o is BranchOffice));
}
