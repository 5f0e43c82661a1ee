using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Data;

namespace Renkei.Core.Auditing;

/// <summary>
/// Reads the audit trail: the prefecture's whole trail for the secretariat and the administrator (filters, pages, export),
/// and a record's history for whoever may open the record.
/// </summary>
public sealed class AuditTrailService(
    UnitOfWork work, Themes.ThemeService themes, Cases.CaseService cases, Indicators.IndicatorService indicators, Regions.ContactLogService contacts)
{
    public const int PageSize = 50;
    public const int ExportLimit = 50_000;

    public async Task<AuditPage> SearchAsync(Actor actor, AuditFilter filter, CancellationToken cancellationToken = default)
    {
        AuditAccess.EnsureTrailReader(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var query = Filtered(db, actor, filter);
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var entries = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new AuditPage(await RowsAsync(db, actor, entries, cancellationToken), total, page, PageSize);
    }

    /// <summary>Every entry the filter finds, newest first, up to <see cref="ExportLimit"/> (the CSV).</summary>
    public async Task<IReadOnlyList<AuditRow>> ExportAsync(Actor actor, AuditFilter filter, CancellationToken cancellationToken = default)
    {
        AuditAccess.EnsureTrailReader(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var entries = await Filtered(db, actor, filter).OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(ExportLimit).ToListAsync(cancellationToken);
        return await RowsAsync(db, actor, entries, cancellationToken);
    }

    public async Task<AuditChoices> ChoicesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        AuditAccess.EnsureTrailReader(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => u.Organisation.PrefectureId == actor.PrefectureId).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.PrefectureId == actor.PrefectureId)
            .OrderBy(o => o.Id).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var mine = db.AuditEntries.AsNoTracking().Where(a => a.PrefectureId == actor.PrefectureId);
        return new AuditChoices(users.Select(u => (u.Id, u.DisplayName)).ToList(), organisations.Select(o => (o.Id, o.Name)).ToList(),
            await mine.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken),
            await mine.Select(a => a.Action).Distinct().OrderBy(t => t).ToListAsync(cancellationToken));
    }

    /// <summary>The history of one record (変更履歴), newest first, for whoever may open it (others get what opening it would give: 403 or 404).</summary>
    public async Task<IReadOnlyList<AuditRow>> HistoryAsync(Actor actor, RecordKind kind, int id, CancellationToken cancellationToken = default)
    {
        var entityType = await OpenableAsync(actor, kind, id, cancellationToken);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var key = id.ToString();
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityId == key && a.PrefectureId == actor.PrefectureId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(200).ToListAsync(cancellationToken);
        return await RowsAsync(db, actor, entries, cancellationToken);
    }

    /// <summary>Opens the record as its page would (so refuses as it would) and names its entity type in the trail.</summary>
    private async Task<string> OpenableAsync(Actor actor, RecordKind kind, int id, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case RecordKind.Theme:
                await themes.GetAsync(actor, id, cancellationToken);
                return nameof(Themes.CollaborationTheme);
            case RecordKind.Case:
                await cases.GetAsync(actor, id, cancellationToken);
                return nameof(Cases.Case);
            case RecordKind.Indicator:
                await indicators.GetAsync(actor, id, cancellationToken);
                return nameof(Indicators.Indicator);
            case RecordKind.Contact:
                await contacts.GetAsync(actor, id, cancellationToken);
                return nameof(Regions.ContactLogEntry);
            default:
                throw new Common.NotFoundException("指定された記録は見つかりません。");
        }
    }

    private static IQueryable<AuditEntry> Filtered(RenkeiDbContext db, Actor actor, AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking().Where(a => a.PrefectureId == actor.PrefectureId);
        if (filter.UserId is { } user)
        {
            query = query.Where(a => a.UserId == user);
        }
        if (filter.OrganisationId is { } organisation)
        {
            query = query.Where(a => a.OrganisationId == organisation);
        }
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(a => a.EntityType == filter.EntityType);
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(a => a.Action == filter.Action);
        }
        if (filter.From is { } from)
        {
            var start = JapanDate.StartOf(from);
            query = query.Where(a => a.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = JapanDate.StartOf(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }
        return query;
    }

    private static async Task<IReadOnlyList<AuditRow>> RowsAsync(RenkeiDbContext db, Actor actor, List<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var userIds = entries.Where(e => e.UserId != null).Select(e => e.UserId!.Value).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var names = new AuditNames(
            await db.Organisations.AsNoTracking().Where(o => o.PrefectureId == actor.PrefectureId).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken),
            await db.Themes.AsNoTracking().Where(t => t.PrefectureId == actor.PrefectureId).ToDictionaryAsync(t => t.Id, t => t.Title, cancellationToken),
            db.Model);
        return entries.Select(e => new AuditRow(e.Id, e.At, e.UserId is { } u ? users.GetValueOrDefault(u) : null,
                e.OrganisationId is { } o ? names.Organisations.GetValueOrDefault(o) : null, e.Action, e.EntityType, e.EntityId, names.Changes(e)))
            .ToList();
    }
}
