using Microsoft.EntityFrameworkCore;
using Renkei.Core.Data;

namespace Renkei.Core.Notifications;

/// <summary>Writes planned notices once per user of the organisation (active accounts with a matching role), skipping those already written.</summary>
internal static class NoticeWriter
{
    public static async Task<List<Notice>> AddAsync(RenkeiDbContext db, IReadOnlyCollection<PlannedNotice> planned, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (planned.Count == 0)
        {
            return [];
        }
        var organisations = planned.Select(p => p.OrganisationId).Distinct().ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => organisations.Contains(u.OrganisationId) && (u.LockoutEnd == null || u.LockoutEnd < now))
            .Select(u => new { u.Id, u.OrganisationId, Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, x => x.Id, (r, x) => x.Name).ToList() })
            .ToListAsync(cancellationToken);
        var keys = planned.Select(p => p.Key).Distinct().ToList();
        var written = (await db.Notices.Where(n => keys.Contains(n.Key)).Select(n => new { n.UserId, n.Key }).ToListAsync(cancellationToken))
            .Select(n => (n.UserId, n.Key)).ToHashSet();
        var added = new List<Notice>();
        foreach (var p in planned)
        {
            foreach (var user in users.Where(u => u.OrganisationId == p.OrganisationId && (p.Roles is null || u.Roles.Any(r => p.Roles.Contains(r!))) && (p.Users is null || p.Users.Contains(u.Id))))
            {
                if (!written.Add((user.Id, p.Key)))
                {
                    continue;
                }
                added.Add(new Notice
                {
                    PrefectureId = p.PrefectureId, UserId = user.Id, Kind = p.Kind, Key = p.Key, Subject = p.Subject, DueOn = p.DueOn, Note = p.Note, Href = p.Href, CreatedAt = now,
                });
            }
        }
        db.Notices.AddRange(added);
        return added;
    }

    /// <summary>
    /// A decision on an organisation's work (差戻し, a case approved or returned, a 決裁 asked or given), written in the same save
    /// as the decision; to all its users, or to <paramref name="users"/> of it.
    /// </summary>
    public static Task<List<Notice>> AnnounceAsync(RenkeiDbContext db, int prefectureId, int organisationId, NoticeKind kind, int recordId, string subject, string href,
        string? note, DateTimeOffset now, CancellationToken cancellationToken, IReadOnlyCollection<Guid>? users = null) =>
        AddAsync(db, [new PlannedNotice(prefectureId, organisationId, kind, $"{kind}:{recordId}:{now.UtcTicks}", subject, null, href, note, Users: users)], now, cancellationToken);
}
