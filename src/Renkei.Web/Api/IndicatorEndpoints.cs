using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Renkei.Core.Indicators;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>目標指標 (KPIs): the indicators with their targets and progress, actuals entered by the owner department and approved by the secretariat.</summary>
public static class IndicatorEndpoints
{
    public sealed record IndicatorRequest(
        string? Name, string? Unit, IndicatorKind Kind, IndicatorDirection Direction, string? Plan, int? OwnerDepartmentId, YearKind YearKind,
        decimal? BaselineValue, int? BaselineYear, string? BaselineNote, decimal? FinalTargetValue, int? FinalTargetYear, string? MilestoneLabel,
        TargetInput[]? Targets, int[]? ThemeIds, uint Version = 0)
    {
        internal IndicatorInput Input() => new(Name ?? "", Unit ?? "", Kind, Direction, Plan, OwnerDepartmentId, YearKind, BaselineValue, BaselineYear,
            BaselineNote, FinalTargetValue, FinalTargetYear, MilestoneLabel, Targets ?? [], ThemeIds ?? []);
    }

    public sealed record IndicatorValueRequest(int Year, decimal Value, string? Source, DateOnly? ObservedOn, uint Version = 0);

    public sealed record IndicatorReviewRequest(string? Reason, uint Version);

    public static RouteGroupBuilder MapIndicatorEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/indicators").WithTags("Indicators");

        group.MapGet("/", async (int? themeId, ClaimsPrincipal user, IndicatorService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(user.RequireActor(), themeId, ct)))
            .WithSummary("The prefecture's indicators (?themeId= those a theme follows) with their progress from approved actuals.");
        group.MapGet("/behind-target", async (ClaimsPrincipal user, IndicatorService service, CancellationToken ct) =>
            TypedResults.Ok(await service.BehindTargetAsync(user.RequireActor(), ct)))
            .WithSummary("The indicators behind target: moderate or limited progress, or deterioration.");
        group.MapPost("/", async (IndicatorRequest body, ClaimsPrincipal user, IndicatorService service, CancellationToken ct) =>
        {
            var id = await service.CreateAsync(user.RequireActor(), body.Input(), ct);
            return TypedResults.Created($"/api/v1/indicators/{id}", new SurveyEndpoints.CreatedResponse(id));
        }).WithSummary("Registers an indicator (secretariat): unit, kind, direction, plan, owner department, baseline, targets, themes.");
        group.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, IndicatorService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(user.RequireActor(), id, ct)))
            .WithSummary("An indicator with its targets, actuals (with canReview/canEdit), progress, canManage and canSubmit.");
        group.MapPut("/{id:int}", async Task<NoContent> (int id, IndicatorRequest body, ClaimsPrincipal user, IndicatorService service, CancellationToken ct) =>
        {
            await service.UpdateAsync(user.RequireActor(), id, body.Input(), body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Changes an indicator (secretariat); stale version → 409.");
        group.MapPost("/{id:int}/values", async (int id, IndicatorValueRequest body, ClaimsPrincipal user, IndicatorService service, CancellationToken ct) =>
        {
            var valueId = await service.SubmitAsync(user.RequireActor(), id, new ValueInput(body.Year, body.Value, body.Source, body.ObservedOn), ct);
            return TypedResults.Created($"/api/v1/indicators/{id}", new SurveyEndpoints.CreatedResponse(valueId));
        }).WithSummary("Enters the actual of a year with its source (the owner department or the secretariat); it counts once approved.");
        group.MapPut("/values/{valueId:int}", async Task<NoContent> (int valueId, IndicatorValueRequest body, ClaimsPrincipal user, IndicatorService service, CancellationToken ct) =>
        {
            await service.CorrectAsync(user.RequireActor(), valueId, new ValueInput(body.Year, body.Value, body.Source, body.ObservedOn), body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Corrects an actual; it waits for approval again.");
        group.MapPost("/values/{valueId:int}/approve", async Task<NoContent> (int valueId, VersionRequest body, ClaimsPrincipal user, IndicatorService service, CancellationToken ct) =>
        {
            await service.ApproveAsync(user.RequireActor(), valueId, body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Approves an actual (secretariat): from now on it counts.");
        group.MapPost("/values/{valueId:int}/return", async Task<NoContent> (int valueId, IndicatorReviewRequest body, ClaimsPrincipal user, IndicatorService service, CancellationToken ct) =>
        {
            await service.ReturnAsync(user.RequireActor(), valueId, body.Reason, body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Returns an actual to its department with the reason (required).");
        return api;
    }
}
