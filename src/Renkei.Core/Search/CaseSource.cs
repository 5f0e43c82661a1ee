using Microsoft.EntityFrameworkCore;
using Renkei.Core.Cases;
using Renkei.Core.Common;

namespace Renkei.Core.Search;

/// <summary>Cases through their one searchable column (decision 0009), as <see cref="CaseAccess.Visible"/> lets the caller see them; the year is the one registered in.</summary>
internal sealed class CaseSource : ISearchSource
{
    public SearchKind Kind => SearchKind.Case;
    public bool HasYear => true;
    public bool HasRegion => true;

    public async Task<SearchGroup> RunAsync(SearchScope scope, CancellationToken cancellationToken)
    {
        var (db, pattern) = (scope.Db, scope.Pattern);
        var cases = db.Cases.AsNoTracking().Where(CaseAccess.Visible(scope.Actor)).Where(c => EF.Functions.ILike(c.SearchText, pattern, "\\"));
        if (scope.Year is not null)
        {
            var (from, until) = scope.YearInstants;
            cases = cases.Where(c => c.CreatedAt >= from && c.CreatedAt < until);
        }
        if (scope.Query.RegionId is { } region)
        {
            cases = cases.Where(c => db.Municipalities.Any(m => c.OrganisationIds.Contains(m.Id) && m.SupportOfficeId == region));
        }
        var total = await cases.CountAsync(cancellationToken);
        var rows = await cases.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(scope.Take)
            .Select(c => new { c.Id, c.Title, c.Summary, c.Description, c.TransferNotes, c.CreatedAt, Author = db.Organisations.Where(o => o.Id == c.AuthorOrganisationId).Select(o => o.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return new SearchGroup(Kind, total, rows.Select(r => new SearchHit(Kind, r.Id, r.Title, Excerpt.Of(scope.Words, r.Title, r.Summary, r.Description, r.TransferNotes),
            r.Author, Calendar.FiscalYear.Of(r.CreatedAt).StartYear, PortalLinks.Case(r.Id))).ToList());
    }
}
