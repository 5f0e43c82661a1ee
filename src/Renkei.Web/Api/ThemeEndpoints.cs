using System.Security.Claims;
using Renkei.Core.Common;
using Renkei.Core.Surveys;
using Renkei.Core.Themes;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>Collaboration themes (連携テーマ) and the triage of submitted needs.</summary>
public static class ThemeEndpoints
{
    public sealed record CreateThemeRequest(string? Title, string? Summary, int[]? ItemIds, bool Move = false);

    public sealed record UpdateThemeRequest(
        string? Title, string? Summary, DeploymentMethod? DeploymentMethod, CollaborationMethod[]? Methods, int? LeadDepartmentId,
        int[]? ParticipantIds, string? StudyBody, string? Outcome, BudgetNoteView[]? BudgetNotes, uint Version, Visibility? Visibility = null);

    public sealed record VersionResponse(uint Version);

    public sealed record LinkNeedsRequest(int[]? ItemIds, bool Move = false);

    public sealed record ReasonRequest(string? Reason, uint Version);

    public sealed record TriageRequest(TriageState State, string? Note, uint? Version = null);

    public sealed record WorkingTeamRequest(string? Name);

    public static RouteGroupBuilder MapThemeEndpoints(this RouteGroupBuilder api)
    {
        var themes = api.MapGroup("/themes").WithTags("Themes");

        themes.MapGet("/", async (ClaimsPrincipal user, ThemeService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(user.RequireActor(), ct)));

        themes.MapPost("/", async (CreateThemeRequest body, ClaimsPrincipal user, ThemeService service, CancellationToken ct) =>
        {
            var id = await service.CreateFromNeedsAsync(user.RequireActor(), new NewThemeInput(body.Title, body.Summary, body.ItemIds ?? [], body.Move), ct);
            return TypedResults.Created($"/api/v1/themes/{id}", new SurveyEndpoints.CreatedResponse(id));
        }).WithSummary("A candidate theme from submitted needs: regional for a 連携支援室, 全県 for the secretariat.");

        themes.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, ThemeService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(user.RequireActor(), id, ct)));

        themes.MapPut("/{id:int}", async (int id, UpdateThemeRequest body, ClaimsPrincipal user, ThemeService service, CancellationToken ct) =>
        {
            var input = new ThemeInput(body.Title, body.Summary, body.DeploymentMethod, body.Methods, body.LeadDepartmentId, body.ParticipantIds,
                body.StudyBody, body.Outcome, body.BudgetNotes, body.Visibility);
            return TypedResults.Ok(new VersionResponse(await service.UpdateAsync(user.RequireActor(), id, input, body.Version, ct)));
        }).WithSummary("Saves the theme's fields; a stale version → 409.");

        themes.MapPost("/{id:int}/transitions", async (int id, TransitionInput body, ClaimsPrincipal user, ThemeService service, CancellationToken ct) =>
        {
            await service.TransitionAsync(user.RequireActor(), id, body, ct);
            return TypedResults.NoContent();
        }).WithSummary("One step on the path (or 見送り) with a reason; 全県 決定/見送り need decisionText and decisionDate, or decisionRef {meetingId, agendaItemId} of a held meeting, which fills them.");

        themes.MapPost("/{id:int}/working-team", async (int id, WorkingTeamRequest? body, ClaimsPrincipal user, Core.Council.WorkingTeamService teams, CancellationToken ct) =>
        {
            var bodyId = await teams.CreateAsync(user.RequireActor(), id, body?.Name, ct);
            return TypedResults.Created($"/api/v1/bodies", new SurveyEndpoints.CreatedResponse(bodyId));
        }).WithSummary("Sets up the theme's ワーキングチーム (whoever steers the theme) with the owner, the lead department and the participating municipalities; a second → 409.");

        themes.MapPost("/{id:int}/escalate", async (int id, ReasonRequest body, ClaimsPrincipal user, ThemeService service, CancellationToken ct) =>
        {
            await service.EscalateAsync(user.RequireActor(), id, body.Reason, body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("全県へ: hands a regional theme to the secretariat; stale version → 409.");

        themes.MapPost("/{id:int}/needs", async (int id, LinkNeedsRequest body, ClaimsPrincipal user, ThemeService service, CancellationToken ct) =>
        {
            await service.LinkNeedsAsync(user.RequireActor(), id, body.ItemIds ?? [], body.Move, ct);
            return TypedResults.NoContent();
        }).WithSummary("Links submitted needs to the theme (テーマ化); a need already in another theme → 409 unless move: true, recorded on both timelines.");

        var triage = api.MapGroup("/triage").WithTags("Triage");
        triage.MapGet("/", async (int? surveyId, TriageState? state, string? q, SurveySection? section, int? categoryId, Urgency? urgency, int? municipalityId,
                ClaimsPrincipal user, TriageService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(user.RequireActor(), new TriageFilter(surveyId, section, categoryId, urgency, municipalityId, state, q), ct)))
            .WithSummary("Submitted needs in the caller's jurisdiction with their triage state; q searches titles and texts.");

        triage.MapPost("/{itemId:int}", async (int itemId, TriageRequest body, ClaimsPrincipal user, TriageService service, CancellationToken ct) =>
        {
            await service.SetStateAsync(user.RequireActor(), itemId, body.State, body.Note, body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Sets 未確認/確認中/地域で対応 (note)/見送り (reason).");
        return api;
    }
}
