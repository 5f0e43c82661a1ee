using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Renkei.Core.Regions;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>The 連携支援サポートチーム of a 総合支庁: its members and the requests for specialist support, tracked to their answers.</summary>
public static class SupportTeamEndpoints
{
    public sealed record MemberRequest(string? Department, string? Post, SupportField[]? Fields, string? Contact, uint Version = 0)
    {
        internal SupportMemberInput Input() => new(Department, Post, Fields ?? [], Contact);
    }

    public sealed record NewSupportRequest(int? ThemeId, int? NeedItemId, SupportField Field, string? Question, DateOnly? WantedBy, int? MemberId);

    public sealed record AnswerRequest(string? Answer, DateOnly AnsweredOn, int? MemberId, uint Version);

    public static RouteGroupBuilder MapSupportTeamEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/support-team").WithTags("Regions");
        group.MapGet("/", async (ClaimsPrincipal user, SupportTeamService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(user.RequireActor(), ct)))
            .WithSummary("The caller's team (every office's for the secretariat) with its requests, open first (isOverdue past wantedBy).");
        group.MapPost("/members", async (MemberRequest body, ClaimsPrincipal user, SupportTeamService service, CancellationToken ct) =>
        {
            var id = await service.AddMemberAsync(user.RequireActor(), body.Input(), ct);
            return TypedResults.Created($"/api/v1/support-team", new SurveyEndpoints.CreatedResponse(id));
        }).WithSummary("Adds a member (department, post, fields such as CivilEngineering, Building, AgricultureForestry, Health); support offices.");
        group.MapPut("/members/{teamMemberId:int}", async Task<NoContent> (int teamMemberId, MemberRequest body, ClaimsPrincipal user, SupportTeamService service, CancellationToken ct) =>
        {
            await service.UpdateMemberAsync(user.RequireActor(), teamMemberId, body.Input(), body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Changes a member; stale version → 409.");
        group.MapDelete("/members/{teamMemberId:int}", async Task<NoContent> (int teamMemberId, uint? version, ClaimsPrincipal user, SupportTeamService service, CancellationToken ct) =>
        {
            await service.RemoveMemberAsync(user.RequireActor(), teamMemberId, version ?? 0, ct);
            return TypedResults.NoContent();
        }).WithSummary("Takes a member off the team; ?version= as shown (missing or stale → 409).");
        group.MapPost("/requests", async (NewSupportRequest body, ClaimsPrincipal user, SupportTeamService service, CancellationToken ct) =>
        {
            var id = await service.RequestAsync(user.RequireActor(), new SupportRequestInput(body.ThemeId, body.NeedItemId, body.Field, body.Question, body.WantedBy, body.MemberId), ct);
            return TypedResults.Created($"/api/v1/support-team", new SurveyEndpoints.CreatedResponse(id));
        }).WithSummary("Asks the team for specialist support on a theme or a need of the office's municipalities.");
        group.MapPost("/requests/{requestId:int}/answer", async Task<NoContent> (int requestId, AnswerRequest body, ClaimsPrincipal user, SupportTeamService service, CancellationToken ct) =>
        {
            await service.AnswerAsync(user.RequireActor(), requestId, body.Answer, body.AnsweredOn, body.MemberId, body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Records the answer on a day (the request's version); the request is then answered.");
        return api;
    }
}
