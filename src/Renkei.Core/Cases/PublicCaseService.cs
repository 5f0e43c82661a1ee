using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Cases;

/// <summary>The public page: approved 公開 cases of every prefecture, for anyone, without sign-in.</summary>
public sealed class PublicCaseService(UnitOfWork work)
{
    public async Task<IReadOnlyList<PublicCaseListItem>> ListAsync(string? text, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsSystemAsync(cancellationToken);
        var cases = Published(db);
        if (CaseLibrary.SearchPattern(text) is { } pattern)
        {
            cases = cases.Where(c => EF.Functions.ILike(c.SearchText, pattern, "\\"));
        }
        var rows = await cases.OrderByDescending(c => c.ApprovedAt).ThenByDescending(c => c.Id).Take(100)
            .Select(c => new { c.Id, c.PrefectureId, c.Title, c.Summary, c.OrganisationIds, c.ApprovedAt }).ToListAsync(cancellationToken);
        var names = await NamesAsync(db, rows.SelectMany(r => r.OrganisationIds), cancellationToken);
        var prefectures = await db.Prefectures.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return rows.Select(r => new PublicCaseListItem(r.Id, prefectures[r.PrefectureId], r.Title, r.Summary,
            r.OrganisationIds.Select(o => names.GetValueOrDefault(o)).OfType<string>().ToList(), r.ApprovedAt)).ToList();
    }

    public async Task<PublicCase> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsSystemAsync(cancellationToken);
        var c = await Published(db).AsSplitQuery().Include(x => x.Results).Include(x => x.Sources)
            .SingleOrDefaultAsync(x => x.Id == id, cancellationToken)
            ?? throw new NotFoundException("指定された事例は公開されていません。");
        var names = await NamesAsync(db, c.OrganisationIds, cancellationToken);
        var prefecture = await db.Prefectures.Where(p => p.Id == c.PrefectureId).Select(p => p.Name).SingleAsync(cancellationToken);
        var adopters = await db.Adoptions.CountAsync(a => a.CaseId == id && a.Stage != AdoptionStage.Abandoned, cancellationToken);
        return new PublicCase(c.Id, prefecture, c.Title, c.Summary, c.Description, c.People, c.BudgetYen, c.StartedOn, c.EndedOn, c.TransferNotes,
            c.Fields, c.Methods, c.OrganisationIds.Select(o => names.GetValueOrDefault(o)).OfType<string>().ToList(),
            CaseResultView.Of(c.Results), CaseSourceView.Of(c.Sources), adopters, c.ApprovedAt)
        {
            Attachments = await CaseAttachmentService.ListAsync(db, c.Id, cancellationToken),
        };
    }

    private static IQueryable<Case> Published(RenkeiDbContext db) =>
        db.Cases.AsNoTracking().Where(c => c.State == CaseState.Approved && c.Visibility == Visibility.Public);

    private static Task<Dictionary<int, string>> NamesAsync(RenkeiDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return db.Organisations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }
}
