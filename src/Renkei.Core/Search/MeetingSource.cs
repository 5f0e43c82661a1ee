using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;

namespace Renkei.Core.Search;

/// <summary>Meetings by their title, their agenda items' titles and minutes notes; everyone of the prefecture reads the council's meetings.</summary>
internal sealed class MeetingSource : ISearchSource
{
    public SearchKind Kind => SearchKind.Meeting;
    public bool HasYear => true;
    public bool HasRegion => false;

    public async Task<SearchGroup> RunAsync(SearchScope scope, CancellationToken cancellationToken)
    {
        var (db, pattern) = (scope.Db, scope.Pattern);
        var meetings = db.Meetings.AsNoTracking().Where(m => m.PrefectureId == scope.Actor.PrefectureId
            && (EF.Functions.ILike(m.Title, pattern, "\\") || db.AgendaItems.Any(i => i.MeetingId == m.Id
                && (EF.Functions.ILike(i.Title, pattern, "\\") || EF.Functions.ILike(i.MinutesNote ?? "", pattern, "\\")))));
        if (scope.Query.FiscalYear is { } year)
        {
            meetings = meetings.Where(m => m.FiscalYear == year);
        }
        var total = await meetings.CountAsync(cancellationToken);
        var rows = await meetings.OrderByDescending(m => m.FiscalYear).ThenByDescending(m => m.StartsAt).ThenByDescending(m => m.Id).Take(scope.Take)
            .Select(m => new
            {
                m.Id, m.Title, m.FiscalYear, Body = m.Body.Name,
                Items = db.AgendaItems.Where(i => i.MeetingId == m.Id && (EF.Functions.ILike(i.Title, pattern, "\\") || EF.Functions.ILike(i.MinutesNote ?? "", pattern, "\\")))
                    .OrderBy(i => i.SortOrder).Select(i => new { i.Title, i.MinutesNote }).Take(2).ToList(),
            })
            .AsSplitQuery().ToListAsync(cancellationToken);
        return new SearchGroup(Kind, total, rows.Select(r => new SearchHit(Kind, r.Id, r.Title,
            Excerpt.Of(scope.Words, [r.Title, .. r.Items.SelectMany(i => new[] { i.Title, i.MinutesNote })]),
            r.Body, r.FiscalYear, PortalLinks.Meeting(r.Id))).ToList());
    }
}
