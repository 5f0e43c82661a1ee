using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;
using Renkei.Core.Surveys;

namespace Renkei.Core.Search;

/// <summary>Needs of the surveys (title, content, issues, form), as <see cref="SurveyAccess.ReadableItems"/> lets the caller open them.</summary>
internal sealed class NeedSource : ISearchSource
{
    public SearchKind Kind => SearchKind.Need;
    public bool HasYear => true;
    public bool HasRegion => true;

    public async Task<SearchGroup> RunAsync(SearchScope scope, CancellationToken cancellationToken)
    {
        var (db, actor, pattern) = (scope.Db, scope.Actor, scope.Pattern);
        var items = SurveyAccess.ReadableItems(db, actor).AsNoTracking()
            .Where(i => EF.Functions.ILike(i.SearchText, pattern, "\\"));
        if (scope.Query.FiscalYear is { } year)
        {
            items = items.Where(i => i.Response.Survey.FiscalYear == year);
        }
        if (scope.Query.RegionId is { } region)
        {
            items = items.Where(i => db.Municipalities.Any(m => m.Id == i.Response.OrganisationId && m.SupportOfficeId == region));
        }
        var total = await items.CountAsync(cancellationToken);
        var rows = await items.OrderByDescending(i => i.Response.Survey.FiscalYear).ThenByDescending(i => i.Id).Take(scope.Take)
            .Select(i => new
            {
                i.Id, i.Title, i.Content, i.Issues, i.Form, i.Response.SurveyId, i.ResponseId, i.Response.OrganisationId,
                Organisation = i.Response.Organisation.Name, Survey = i.Response.Survey.Title, i.Response.Survey.FiscalYear, i.Response.Survey.Status,
            })
            .ToListAsync(cancellationToken);
        return new SearchGroup(Kind, total, rows.Select(r => new SearchHit(Kind, r.Id, r.Title, Excerpt.Of(scope.Words, r.Title, r.Content, r.Issues, r.Form),
            $"{r.Organisation}・{r.Survey}", r.FiscalYear,
            r.OrganisationId == actor.OrganisationId && r.Status != SurveyStatus.Draft ? PortalLinks.SurveyAnswer(r.SurveyId) : PortalLinks.SurveyResponse(r.SurveyId, r.ResponseId))).ToList());
    }
}
