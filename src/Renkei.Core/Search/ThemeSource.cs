using Microsoft.EntityFrameworkCore;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Themes;

namespace Renkei.Core.Search;

/// <summary>Themes (title, summary, study body, outcome) the caller may read; a fiscal year is the one the theme was set up in.</summary>
internal sealed class ThemeSource : ISearchSource
{
    public SearchKind Kind => SearchKind.Theme;
    public bool HasYear => true;
    public bool HasRegion => true;

    public async Task<SearchGroup> RunAsync(SearchScope scope, CancellationToken cancellationToken)
    {
        var pattern = scope.Pattern;
        var themes = ThemeAccess.VisibleThemes(scope.Db, scope.Actor).AsNoTracking()
            .Where(t => EF.Functions.ILike(t.Title, pattern, "\\") || EF.Functions.ILike(t.Summary ?? "", pattern, "\\")
                || EF.Functions.ILike(t.StudyBody ?? "", pattern, "\\") || EF.Functions.ILike(t.Outcome ?? "", pattern, "\\"));
        if (scope.Year is not null)
        {
            var (from, until) = scope.YearInstants;
            themes = themes.Where(t => t.CreatedAt >= from && t.CreatedAt < until);
        }
        if (scope.Query.RegionId is { } region)
        {
            themes = themes.Where(t => t.OwnerOrganisationId == region || t.Participants.Any(m => m.SupportOfficeId == region));
        }
        var total = await themes.CountAsync(cancellationToken);
        var rows = await themes.OrderByDescending(t => t.StateChangedAt).ThenByDescending(t => t.Id).Take(scope.Take)
            .Select(t => new { t.Id, t.Title, t.Summary, t.StudyBody, t.Outcome, t.CreatedAt, Owner = t.OwnerOrganisation.Name })
            .ToListAsync(cancellationToken);
        return new SearchGroup(Kind, total, rows.Select(r => new SearchHit(Kind, r.Id, r.Title, Excerpt.Of(scope.Words, r.Title, r.Summary, r.StudyBody, r.Outcome),
            r.Owner, FiscalYear.Of(r.CreatedAt).StartYear, PortalLinks.Theme(r.Id))).ToList());
    }
}
