using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;

namespace Renkei.Core.Search;

/// <summary>The target indicators (name, plan, baseline note), read by everyone of the prefecture; they span years and regions, so either filter leaves them out.</summary>
internal sealed class IndicatorSource : ISearchSource
{
    public SearchKind Kind => SearchKind.Indicator;
    public bool HasYear => false;
    public bool HasRegion => false;

    public async Task<SearchGroup> RunAsync(SearchScope scope, CancellationToken cancellationToken)
    {
        var (db, pattern) = (scope.Db, scope.Pattern);
        var indicators = db.Indicators.AsNoTracking().Where(i => i.PrefectureId == scope.Actor.PrefectureId
            && (EF.Functions.ILike(i.Name, pattern, "\\") || EF.Functions.ILike(i.Plan ?? "", pattern, "\\") || EF.Functions.ILike(i.BaselineNote ?? "", pattern, "\\")));
        var total = await indicators.CountAsync(cancellationToken);
        var rows = await indicators.OrderBy(i => i.Name).ThenBy(i => i.Id).Take(scope.Take)
            .Select(i => new { i.Id, i.Name, i.Plan, i.BaselineNote }).ToListAsync(cancellationToken);
        return new SearchGroup(Kind, total, rows.Select(r => new SearchHit(Kind, r.Id, r.Name, Excerpt.Of(scope.Words, r.Name, r.Plan, r.BaselineNote),
            r.Plan, null, PortalLinks.Indicator(r.Id))).ToList());
    }
}
