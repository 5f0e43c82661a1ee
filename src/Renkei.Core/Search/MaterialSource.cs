using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;
using Renkei.Core.Council;

namespace Renkei.Core.Search;

/// <summary>
/// Meeting materials by file name, only those the caller may read at their level (<see cref="MaterialReaders"/>):
/// the matches are read first (at most <see cref="Candidates"/>), then narrowed by that rule.
/// </summary>
internal sealed class MaterialSource : ISearchSource
{
    private const int Candidates = 1000;

    public SearchKind Kind => SearchKind.Material;
    public bool HasYear => true;
    public bool HasRegion => false;

    public async Task<SearchGroup> RunAsync(SearchScope scope, CancellationToken cancellationToken)
    {
        var (db, pattern) = (scope.Db, scope.Pattern);
        var materials = db.MeetingMaterials.AsNoTracking().Where(f => EF.Functions.ILike(f.FileName, pattern, "\\")
            && db.Meetings.Any(m => m.Id == f.MeetingId && m.PrefectureId == scope.Actor.PrefectureId));
        if (scope.Query.FiscalYear is { } year)
        {
            materials = materials.Where(f => db.Meetings.Any(m => m.Id == f.MeetingId && m.FiscalYear == year));
        }
        var rows = await materials
            .Join(db.Meetings, f => f.MeetingId, m => m.Id, (f, m) => new { f.Id, f.FileName, f.UploadedAt, f.Visibility, f.OrganisationId, m.BodyId, m.StartsAt, m.AnswerDeadline, MeetingId = m.Id, Meeting = m.Title, m.FiscalYear })
            .OrderByDescending(r => r.FiscalYear).ThenByDescending(r => r.UploadedAt).ThenByDescending(r => r.Id).Take(Candidates)
            .ToListAsync(cancellationToken);
        var readers = await MaterialReaders.ForAsync(db, scope.Actor,
            rows.DistinctBy(r => r.MeetingId).Select(r => new MeetingDay(r.MeetingId, r.BodyId, Meeting.DayOf(r.StartsAt, r.AnswerDeadline, scope.Today))).ToList(),
            cancellationToken);
        var visible = rows.Where(r => readers.MayRead(r.MeetingId, r.Visibility, r.OrganisationId)).ToList();
        return new SearchGroup(Kind, visible.Count, visible.Take(scope.Take).Select(r => new SearchHit(Kind, r.Id, r.FileName, Excerpt.Of(scope.Words, r.FileName),
            r.Meeting, r.FiscalYear, PortalLinks.MeetingMaterials(r.MeetingId))).ToList());
    }
}
