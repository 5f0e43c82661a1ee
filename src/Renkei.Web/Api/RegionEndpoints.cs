using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Renkei.Core.Regions;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>The regional work of the 連携支援室: the contact log (市町村訪問・情報交換) with follow-ups, the needs heard there (聞き取り), and the year's visits.</summary>
public static class RegionEndpoints
{
    public sealed record ContactRequest(DateOnly On, ContactKind Kind, int[]? MunicipalityIds, string? Participants, string? Topics, string? IssuesHeard, int? ThemeId, uint Version = 0)
    {
        internal ContactLogInput Input() => new(On, Kind, MunicipalityIds ?? [], Participants, Topics, IssuesHeard, ThemeId);
    }

    public sealed record FollowUpRequest(string? Task, string? Owner, DateOnly? DueOn, uint Version);

    public sealed record FollowUpDoneRequest(DateOnly DoneOn, uint Version);

    public sealed record HeardNeedRequest(int? SurveyId, int? MunicipalityId, int? CategoryId, string? Title, Core.Surveys.Urgency? Urgency, string? Content, string? Issues)
    {
        internal HeardNeedInput Input() => new(SurveyId, MunicipalityId, CategoryId, Title, Urgency, Content, Issues);
    }

    public static RouteGroupBuilder MapRegionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/contact-log").WithTags("Regions");

        group.MapGet("/", async (int? fiscalYear, int? municipalityId, ClaimsPrincipal user, ContactLogService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(user.RequireActor(), new ContactLogFilter(fiscalYear, municipalityId), ct)))
            .WithSummary("The caller's contact log (a support office: its own; the secretariat: all), newest first, 500 at most.");
        group.MapPost("/", async (ContactRequest body, ClaimsPrincipal user, ContactLogService service, CancellationToken ct) =>
        {
            var id = await service.CreateAsync(user.RequireActor(), body.Input(), ct);
            return TypedResults.Created($"/api/v1/contact-log/{id}", new SurveyEndpoints.CreatedResponse(id));
        }).WithSummary("Records a contact (support office, secretariat): day, kind, the municipalities of the jurisdiction met, topics, issues heard.");
        group.MapGet("/open-follow-ups", async (ClaimsPrincipal user, ContactLogService service, CancellationToken ct) =>
            TypedResults.Ok(await service.OpenFollowUpsAsync(user.RequireActor(), ct)))
            .WithSummary("The follow-ups not yet done, soonest due first, with isOverdue.");
        group.MapGet("/visits", async (int? fiscalYear, ClaimsPrincipal user, ContactLogService service, CancellationToken ct) =>
            TypedResults.Ok(await service.VisitsAsync(user.RequireActor(), fiscalYear, ct)))
            .WithSummary("Each municipality of the caller's scope with its visits and contacts in the fiscal year (this one by default) and notVisited.");
        group.MapGet("/survey-choices", async (ClaimsPrincipal user, HeardNeedService service, CancellationToken ct) =>
            TypedResults.Ok(await service.SurveysAsync(user.RequireActor(), ct)))
            .WithSummary("The surveys a heard need may go to (準備中 or 受付中), with their categories; support office, secretariat.");
        group.MapPost("/{id:int}/heard-needs", async (int id, HeardNeedRequest body, ClaimsPrincipal user, HeardNeedService service, CancellationToken ct) =>
        {
            var item = await service.AddAsync(user.RequireActor(), id, body.Input(), ct);
            return TypedResults.Created($"/api/v1/contact-log/{id}", item);
        }).WithSummary("聞き取り: enters an issue heard on this visit as a need in a municipality's answer (one it met), marked for its confirmation; submitted answer → 409.");
        group.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, ContactLogService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(user.RequireActor(), id, ct)))
            .WithSummary("One entry with its follow-ups; 404 for another office's.");
        group.MapPut("/{id:int}", async Task<NoContent> (int id, ContactRequest body, ClaimsPrincipal user, ContactLogService service, CancellationToken ct) =>
        {
            await service.UpdateAsync(user.RequireActor(), id, body.Input(), body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Changes an entry; stale version → 409.");
        group.MapPost("/{id:int}/follow-ups", async Task<NoContent> (int id, FollowUpRequest body, ClaimsPrincipal user, ContactLogService service, CancellationToken ct) =>
        {
            await service.AddFollowUpAsync(user.RequireActor(), id, new FollowUpInput(body.Task, body.Owner, body.DueOn), body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Adds a follow-up with its owner and due date (the entry's version).");
        group.MapPost("/{id:int}/follow-ups/{followUpId:int}/done", async Task<NoContent> (int id, int followUpId, FollowUpDoneRequest body, ClaimsPrincipal user, ContactLogService service, CancellationToken ct) =>
        {
            await service.CompleteFollowUpAsync(user.RequireActor(), id, followUpId, body.DoneOn, body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Marks a follow-up done on a day (the entry's version).");
        return api;
    }
}
