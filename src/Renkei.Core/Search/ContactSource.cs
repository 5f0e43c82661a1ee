using Microsoft.EntityFrameworkCore;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Regions;

namespace Renkei.Core.Search;

/// <summary>The contact log (topics, issues heard, participants), only the entries <see cref="RegionAccess.Readable"/> gives the caller.</summary>
internal sealed class ContactSource : ISearchSource
{
    public SearchKind Kind => SearchKind.Contact;
    public bool HasYear => true;
    public bool HasRegion => true;

    public async Task<SearchGroup> RunAsync(SearchScope scope, CancellationToken cancellationToken)
    {
        var (db, pattern) = (scope.Db, scope.Pattern);
        var entries = RegionAccess.Readable(db, scope.Actor).AsNoTracking()
            .Where(e => EF.Functions.ILike(e.Topics, pattern, "\\") || EF.Functions.ILike(e.IssuesHeard ?? "", pattern, "\\") || EF.Functions.ILike(e.Participants ?? "", pattern, "\\"));
        if (scope.Year is { } year)
        {
            entries = entries.Where(e => e.On >= year.FirstDay && e.On <= year.LastDay);
        }
        if (scope.Query.RegionId is { } region)
        {
            entries = entries.Where(e => e.KeeperOrganisationId == region);
        }
        var total = await entries.CountAsync(cancellationToken);
        var rows = await entries.OrderByDescending(e => e.On).ThenByDescending(e => e.Id).Take(scope.Take)
            .Select(e => new { e.Id, e.On, e.Topics, e.IssuesHeard, e.Participants, Keeper = db.Organisations.Where(o => o.Id == e.KeeperOrganisationId).Select(o => o.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return new SearchGroup(Kind, total, rows.Select(r => new SearchHit(Kind, r.Id, Title(r.Topics), Excerpt.Of(scope.Words, r.Topics, r.IssuesHeard, r.Participants),
            r.Keeper, FiscalYear.Of(r.On).StartYear, PortalLinks.Contact(r.Id))).ToList());
    }

    /// <summary>An entry has no title: its topics' first line stands for it.</summary>
    private static string Title(string topics)
    {
        var line = topics.ReplaceLineEndings("\n").Split('\n', 2)[0].Trim();
        return line.Length <= 60 ? line : line[..60] + "…";
    }
}
