using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Themes;

namespace Renkei.Core.Council;

/// <summary>
/// Who may do what in the council's work. The secretariat (市町村課) keeps the schedule, the meetings, their agendas,
/// minutes and attendance; a working team's roster is also kept by whoever steers its theme; everyone in the
/// prefecture reads; presenters upload their own materials.
/// </summary>
public static class CouncilAccess
{
    /// <summary>Dates, agendas, states, outcomes, attendance and the schedule template.</summary>
    public static bool MayManage(Actor actor) => actor.IsSecretariat;

    internal static void EnsureManager(Actor actor)
    {
        if (!MayManage(actor))
        {
            throw new ForbiddenException("会議の構成・日程は事務局（市町村課）が管理します。");
        }
    }

    /// <summary>Who keeps a body's roster: the secretariat any, a working team also whoever steers its theme, a regional body its 連携支援室.</summary>
    internal static bool MayKeepRoster(Actor actor, BodyKind kind, CollaborationTheme? theme, int? ownerOrganisationId = null) =>
        MayManage(actor) || (kind == BodyKind.WorkingTeam && theme is not null && ThemeAccess.CanSteer(actor, theme))
        || (ownerOrganisationId is { } owner && actor.Role == Roles.SupportOfficeStaff && owner == actor.OrganisationId);

    /// <summary>The secretariat sets up the prefecture's own bodies (連携推進会議, 幹事会, 市町村長会議, 行政懇談会), e.g. in a new prefecture.</summary>
    public static bool MaySetUpPrefecturalBody(Actor actor) => MayManage(actor);

    /// <summary>A 連携支援室 sets up its region's bodies (副首長会議, 企画担当課長会議, 担当者会議…).</summary>
    public static bool MaySetUpRegionalBody(Actor actor) => actor.Role == Roles.SupportOfficeStaff;

    internal static async Task<bool> MayKeepRosterAsync(RenkeiDbContext db, Actor actor, CouncilBody body, CancellationToken cancellationToken)
    {
        var theme = body.ThemeId is { } themeId && !MayManage(actor)
            ? await db.Themes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == themeId, cancellationToken)
            : null;
        return MayKeepRoster(actor, body.Kind, theme, body.OwnerOrganisationId);
    }

    /// <summary>A presenter's organisation uploads the materials of its items; the secretariat those of any item.</summary>
    internal static bool MayUploadFor(Actor actor, int? presenterOrganisationId) =>
        MayManage(actor) || presenterOrganisationId == actor.OrganisationId;

    /// <summary>
    /// Who runs a body's meetings — schedules them, sets their agenda, materials deadline, attendance and minutes: whoever
    /// keeps its roster (<see cref="MayKeepRoster"/>): the secretariat any body's; a working team's also whoever steers its
    /// theme; a regional body's its 連携支援室.
    /// </summary>
    internal static async Task<bool> MayRunMeetingsAsync(RenkeiDbContext db, Actor actor, int bodyId, CancellationToken cancellationToken)
    {
        if (MayManage(actor))
        {
            return true;
        }
        var body = await db.CouncilBodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bodyId && b.PrefectureId == actor.PrefectureId, cancellationToken);
        return body is not null && await MayKeepRosterAsync(db, actor, body, cancellationToken);
    }

    internal static async Task EnsureMeetingRunnerAsync(RenkeiDbContext db, Actor actor, int bodyId, CancellationToken cancellationToken)
    {
        if (!await MayRunMeetingsAsync(db, actor, bodyId, cancellationToken))
        {
            throw new ForbiddenException("この会議の日程・次第・議事録は、事務局（市町村課）と、ワーキングチームのテーマを進める担当、地域の会議体の連携支援室が管理します。");
        }
    }

    /// <summary>
    /// <see cref="MayRunMeetingsAsync"/> as a test on body ids, read once for a list of meetings: only working teams and
    /// regional bodies can be run by anyone but the secretariat, so those are read with their themes and put to the same rule;
    /// <paramref name="bodyIds"/>, when given, are the only bodies asked about (a body outside them is not one the actor runs).
    /// </summary>
    internal static async Task<Func<int, bool>> MeetingRunnerAsync(RenkeiDbContext db, Actor actor, CancellationToken cancellationToken,
        IReadOnlyCollection<int>? bodyIds = null)
    {
        if (MayManage(actor))
        {
            return _ => true;
        }
        var bodies = await db.CouncilBodies.AsNoTracking()
            .Where(b => b.PrefectureId == actor.PrefectureId && (b.ThemeId != null || b.OwnerOrganisationId != null) && (bodyIds == null || bodyIds.Contains(b.Id)))
            .Select(b => new { b.Id, b.Kind, b.OwnerOrganisationId, Theme = db.Themes.FirstOrDefault(t => t.Id == b.ThemeId) })
            .ToListAsync(cancellationToken);
        var runs = bodies.Where(b => MayKeepRoster(actor, b.Kind, b.Theme, b.OwnerOrganisationId)).Select(b => b.Id).ToHashSet();
        return runs.Contains;
    }
}
