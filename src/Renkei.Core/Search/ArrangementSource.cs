using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;

namespace Renkei.Core.Search;

/// <summary>The wide-area arrangements registry (name, note), read by everyone of the prefecture; a fiscal year keeps those in force in it.</summary>
internal sealed class ArrangementSource : ISearchSource
{
    public SearchKind Kind => SearchKind.Arrangement;
    public bool HasYear => true;
    public bool HasRegion => true;

    public async Task<SearchGroup> RunAsync(SearchScope scope, CancellationToken cancellationToken)
    {
        var (db, pattern) = (scope.Db, scope.Pattern);
        var arrangements = db.Arrangements.AsNoTracking().Where(a => a.PrefectureId == scope.Actor.PrefectureId
            && (EF.Functions.ILike(a.Name, pattern, "\\") || EF.Functions.ILike(a.Note ?? "", pattern, "\\")));
        if (scope.Year is { } year)
        {
            arrangements = arrangements.Where(a => (a.EstablishedOn == null || a.EstablishedOn <= year.LastDay) && (a.DissolvedOn == null || a.DissolvedOn >= year.FirstDay));
        }
        if (scope.Query.RegionId is { } region)
        {
            arrangements = arrangements.Where(a => a.Members.Any(x => db.Municipalities.Any(m => m.Id == x.OrganisationId && m.SupportOfficeId == region)));
        }
        var total = await arrangements.CountAsync(cancellationToken);
        var rows = await arrangements.OrderBy(a => a.Name).ThenBy(a => a.Id).Take(scope.Take)
            .Select(a => new { a.Id, a.Name, a.Note }).ToListAsync(cancellationToken);
        return new SearchGroup(Kind, total, rows.Select(r => new SearchHit(Kind, r.Id, r.Name, Excerpt.Of(scope.Words, r.Name, r.Note),
            null, null, PortalLinks.Arrangement(r.Id))).ToList());
    }
}
