using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Regions;

/// <summary>The contact log of a 連携支援室 (市町村訪問・情報交換) with its follow-ups and the year's visits per municipality.</summary>
public sealed class ContactLogService(UnitOfWork work, TimeProvider clock)
{
    public async Task<IReadOnlyList<ContactListItem>> ListAsync(Actor actor, ContactLogFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= new ContactLogFilter();
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var entries = RegionAccess.Readable(db, actor).AsNoTracking();
        if (filter.FiscalYear is { } year)
        {
            var fy = new FiscalYear(year);
            entries = entries.Where(e => e.On >= fy.FirstDay && e.On <= fy.LastDay);
        }
        if (filter.MunicipalityId is { } municipality)
        {
            entries = entries.Where(e => e.MunicipalityIds.Contains(municipality));
        }
        var rows = await entries.OrderByDescending(e => e.On).ThenByDescending(e => e.Id).Take(500)
            .Select(e => new { e.Id, e.On, e.Kind, e.MunicipalityIds, e.Topics, Open = e.FollowUps.Count(f => f.DoneOn == null) })
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(db, actor, cancellationToken);
        return rows.Select(r => new ContactListItem(r.Id, r.On, r.Kind, r.MunicipalityIds.Select(m => names.GetValueOrDefault(m, "")).ToList(), r.Topics, r.Open)).ToList();
    }

    public async Task<ContactView> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var entry = await FindAsync(RegionAccess.Readable(db, actor).AsNoTracking().Include(e => e.FollowUps), id, cancellationToken);
        var names = await NamesAsync(db, actor, cancellationToken);
        var keeper = await db.Organisations.Where(o => o.Id == entry.KeeperOrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var theme = entry.ThemeId is { } t ? await db.Themes.Where(x => x.Id == t).Select(x => x.Title).SingleOrDefaultAsync(cancellationToken) : null;
        var today = JapanDate.Today(clock);
        var heard = await HeardNeedService.OfContactAsync(db, entry.Id, cancellationToken);
        return new ContactView(entry.Id, entry.On, entry.Kind, entry.MunicipalityIds, entry.MunicipalityIds.Select(m => names.GetValueOrDefault(m, "")).ToList(),
            entry.Participants, entry.Topics, entry.IssuesHeard, entry.ThemeId, theme, keeper,
            entry.FollowUps.OrderBy(f => f.DoneOn.HasValue).ThenBy(f => f.DueOn ?? DateOnly.MaxValue).ThenBy(f => f.Id)
                .Select(f => new FollowUpView(f.Id, f.Task, f.Owner, f.DueOn, f.DoneOn, f.DoneOn is null && f.DueOn < today)).ToList(),
            RegionAccess.MayKeep(actor), entry.Version, heard);
    }

    public async Task<int> CreateAsync(Actor actor, ContactLogInput input, CancellationToken cancellationToken = default)
    {
        RegionAccess.EnsureKeeper(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var entry = new ContactLogEntry { Topics = "", PrefectureId = actor.PrefectureId, KeeperOrganisationId = actor.OrganisationId };
        await ApplyAsync(db, actor, entry, input, cancellationToken);
        db.ContactLogEntries.Add(entry);
        await db.SaveAsync(cancellationToken);
        return entry.Id;
    }

    public Task UpdateAsync(Actor actor, int id, ContactLogInput input, uint version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (db, entry) => ApplyAsync(db, actor, entry, input, cancellationToken), cancellationToken);

    public Task AddFollowUpAsync(Actor actor, int id, FollowUpInput input, uint version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (_, entry) =>
        {
            var rules = new TextRules();
            var task = rules.Required("Task", "対応すること", input.Task, 500);
            var owner = rules.Required("Owner", "担当", input.Owner, 100);
            rules.ThrowIfInvalid();
            entry.FollowUps.Add(new FollowUp { Task = task, Owner = owner, DueOn = input.DueOn });
            return Task.CompletedTask;
        }, cancellationToken);

    public Task CompleteFollowUpAsync(Actor actor, int id, int followUpId, DateOnly doneOn, uint version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (_, entry) =>
        {
            var followUp = entry.FollowUps.SingleOrDefault(f => f.Id == followUpId) ?? throw new NotFoundException("指定された対応事項は見つかりません。");
            if (doneOn < entry.On)
            {
                throw new ValidationException("DoneOn", "完了日は記録の日以降にしてください。");
            }
            followUp.DoneOn = doneOn;
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>The follow-ups not yet done, soonest due first (the support office's page).</summary>
    public async Task<IReadOnlyList<OpenFollowUp>> OpenFollowUpsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var rows = await RegionAccess.Readable(db, actor).AsNoTracking()
            .SelectMany(e => e.FollowUps.Where(f => f.DoneOn == null).Select(f => new { e.Id, e.On, e.MunicipalityIds, FollowUpId = f.Id, f.Task, f.Owner, f.DueOn }))
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(db, actor, cancellationToken);
        var today = JapanDate.Today(clock);
        return rows.OrderBy(r => r.DueOn ?? DateOnly.MaxValue).ThenBy(r => r.On)
            .Select(r => new OpenFollowUp(r.Id, r.On, r.MunicipalityIds.Select(m => names.GetValueOrDefault(m, "")).ToList(), r.FollowUpId, r.Task, r.Owner, r.DueOn, r.DueOn < today))
            .ToList();
    }

    /// <summary>The municipalities the actor's log may name (its jurisdiction; the whole prefecture for the secretariat), in code order.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> ScopeAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        return await ScopeAsync(db, actor, cancellationToken);
    }

    /// <summary>Each municipality of the actor's scope with its visits (市町村訪問) and other contacts in the fiscal year.</summary>
    public async Task<IReadOnlyList<VisitCount>> VisitsAsync(Actor actor, int? fiscalYear = null, CancellationToken cancellationToken = default)
    {
        var fy = fiscalYear is { } y ? new FiscalYear(y) : FiscalYear.Of(JapanDate.Today(clock));
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var municipalities = await ScopeAsync(db, actor, cancellationToken);
        var entries = await RegionAccess.Readable(db, actor).AsNoTracking().Where(e => e.On >= fy.FirstDay && e.On <= fy.LastDay)
            .Select(e => new { e.Kind, e.On, e.MunicipalityIds }).ToListAsync(cancellationToken);
        return municipalities.Select(m =>
        {
            var met = entries.Where(e => e.MunicipalityIds.Contains(m.Id)).ToList();
            var visits = met.Where(e => e.Kind == ContactKind.Visit).ToList();
            return new VisitCount(m.Id, m.Name, visits.Count, met.Count, visits.Count > 0 ? visits.Max(v => v.On) : null);
        }).ToList();
    }

    private async Task ChangeAsync(Actor actor, int id, uint version, Func<RenkeiDbContext, ContactLogEntry, Task> change, CancellationToken cancellationToken)
    {
        RegionAccess.EnsureKeeper(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var entry = await FindAsync(RegionAccess.Readable(db, actor).Include(e => e.FollowUps), id, cancellationToken);
        db.Expect(entry, version);
        await change(db, entry);
        db.Touch(entry, e => e.Topics);
        await db.SaveAsync(cancellationToken);
    }

    private static async Task ApplyAsync(RenkeiDbContext db, Actor actor, ContactLogEntry entry, ContactLogInput input, CancellationToken cancellationToken)
    {
        var rules = new TextRules();
        entry.Topics = rules.Required("Topics", "話題・内容", input.Topics, 4000);
        entry.Participants = rules.Optional("Participants", "出席者", input.Participants, 1000);
        entry.IssuesHeard = rules.Optional("IssuesHeard", "聞き取った課題", input.IssuesHeard, 4000);
        if (!Enum.IsDefined(input.Kind))
        {
            rules.Add("Kind", "種類を選んでください。");
        }
        var ids = input.MunicipalityIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            rules.Add("MunicipalityIds", "会った市町村を1つ以上選んでください。");
        }
        else if (await RegionAccess.Municipalities(db, actor).CountAsync(m => ids.Contains(m.Id), cancellationToken) != ids.Count)
        {
            rules.Add("MunicipalityIds", "市町村は所管の市町村から選んでください。");
        }
        if (input.ThemeId is { } theme && !await db.Themes.AnyAsync(t => t.Id == theme && t.PrefectureId == actor.PrefectureId, cancellationToken))
        {
            rules.Add("ThemeId", "連携テーマは一覧から選んでください。");
        }
        rules.ThrowIfInvalid();
        (entry.On, entry.Kind, entry.MunicipalityIds, entry.ThemeId) = (input.On, input.Kind, ids.ToArray(), input.ThemeId);
    }

    private static async Task<IReadOnlyList<(int Id, string Name)>> ScopeAsync(RenkeiDbContext db, Actor actor, CancellationToken cancellationToken) =>
        (await RegionAccess.Municipalities(db, actor).AsNoTracking().OrderBy(m => m.Code).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
            .Select(m => (m.Id, m.Name)).ToList();

    internal static async Task<ContactLogEntry> FindAsync(IQueryable<ContactLogEntry> entries, int id, CancellationToken cancellationToken) =>
        await entries.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new NotFoundException("指定された記録は見つかりません。");

    private static Task<Dictionary<int, string>> NamesAsync(RenkeiDbContext db, Actor actor, CancellationToken cancellationToken) =>
        db.Municipalities.AsNoTracking().Where(m => m.PrefectureId == actor.PrefectureId).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
}
