using System.Security.Claims;
using Renkei.Core.Search;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>The search over everything (the app bar's box): only what the caller may open.</summary>
public static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearchEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/search").WithTags("Search");
        group.MapGet("/", async (string? q, int? fiscalYear, int? regionId, SearchKind? kind, ClaimsPrincipal user, SearchService search, CancellationToken ct) =>
            TypedResults.Ok(await search.SearchAsync(user.RequireActor(), new SearchQuery(q ?? "", fiscalYear, regionId, kind), ct)))
            .WithSummary("Needs, themes, meetings (titles, agenda items, minutes notes), materials by file name, cases, arrangements, contact-log entries and indicators "
                + "that hold the words (2–100 characters, found anywhere), grouped by kind with the passage where they occur; 5 a kind, or 100 of one kind. "
                + "Filters: fiscalYear, regionId (a support office), kind. Kinds a filter does not apply to are listed in notFiltered.");
        group.MapGet("/regions", async (ClaimsPrincipal user, SearchService search, CancellationToken ct) =>
            TypedResults.Ok(await search.RegionsAsync(user.RequireActor(), ct)))
            .WithSummary("The regions (support offices) the search can narrow to.");
        return api;
    }
}
