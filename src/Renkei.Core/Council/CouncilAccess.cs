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
    /// The meetings among <paramref name="meetings"/> whose materials the actor may read: the secretariat all; others
    /// those whose body had the actor's organisation as a member on the meeting's day, or where it presents an item.
    /// </summary>
    internal static async Task<HashSet<int>> MaterialsReadableAsync(RenkeiDbContext db, Actor actor, IReadOnlyCollection<MeetingDay> meetings, CancellationToken cancellationToken)
    {
        if (MayManage(actor))
        {
            return meetings.Select(m => m.MeetingId).ToHashSet();
        }
        var ids = meetings.Select(m => m.MeetingId).ToList();
        var bodies = meetings.Select(m => m.BodyId).Distinct().ToList();
        var presenting = await db.AgendaItems.Where(i => ids.Contains(i.MeetingId) && i.PresenterOrganisationId == actor.OrganisationId)
            .Select(i => i.MeetingId).Distinct().ToListAsync(cancellationToken);
        var seats = await db.BodyMemberships.Where(m => bodies.Contains(m.BodyId) && m.OrganisationId == actor.OrganisationId)
            .Select(m => new { m.BodyId, m.From, m.Until }).ToListAsync(cancellationToken);
        return meetings.Where(m => presenting.Contains(m.MeetingId)
                || seats.Any(s => s.BodyId == m.BodyId && s.From <= m.Day && (s.Until == null || s.Until >= m.Day)))
            .Select(m => m.MeetingId).ToHashSet();
    }

    /// <summary>
    /// Who runs a body's meetings — schedules them, sets their agenda, materials deadline, attendance and minutes: the
    /// secretariat any body's; a working team's also whoever steers its theme (a 連携支援室 its regional theme's team);
    /// a regional body's its 連携支援室.
    /// </summary>
    internal static async Task<bool> MayRunMeetingsAsync(RenkeiDbContext db, Actor actor, int bodyId, CancellationToken cancellationToken) =>
        (await MeetingRunnerAsync(db, actor, cancellationToken))(bodyId);

    internal static async Task EnsureMeetingRunnerAsync(RenkeiDbContext db, Actor actor, int bodyId, CancellationToken cancellationToken)
    {
        if (!await MayRunMeetingsAsync(db, actor, bodyId, cancellationToken))
        {
            throw new ForbiddenException("この会議の日程・次第・議事録は、事務局（市町村課）と、ワーキングチームのテーマを進める担当が管理します。");
        }
    }

    /// <summary>The rule as a test on body ids, read once for a list of meetings: the secretariat all; others the working teams of the themes they steer and the regional bodies of their office.</summary>
    internal static async Task<Func<int, bool>> MeetingRunnerAsync(RenkeiDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        if (MayManage(actor))
        {
            return _ => true;
        }
        var teams = await db.CouncilBodies.AsNoTracking()
            .Where(b => b.PrefectureId == actor.PrefectureId && b.Kind == BodyKind.WorkingTeam && b.ThemeId != null)
            .Join(db.Themes, b => b.ThemeId, t => t.Id, (b, t) => new { b.Id, Theme = t }).ToListAsync(cancellationToken);
        var steered = teams.Where(t => ThemeAccess.CanSteer(actor, t.Theme)).Select(t => t.Id).ToHashSet();
        if (actor.Role == Roles.SupportOfficeStaff)
        {
            steered.UnionWith(await db.CouncilBodies.Where(b => b.PrefectureId == actor.PrefectureId && b.OwnerOrganisationId == actor.OrganisationId)
                .Select(b => b.Id).ToListAsync(cancellationToken));
        }
        return steered.Contains;
    }
}
