using System.Security.Claims;
using Renkei.Core.Common;
using Renkei.Core.Surveys;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>The needs survey (連携課題・ニーズ調査): creation, opening and closing by the secretariat; its catalogue.</summary>
public static class SurveyEndpoints
{
    public sealed record CreateSurveyRequest(
        int FiscalYear, string? Title, DateOnly MunicipalOpensOn, DateOnly MunicipalClosesOn,
        DateOnly DepartmentOpensOn, DateOnly DepartmentClosesOn, bool CopyCategoriesFromPreviousSurvey = false);

    public sealed record CreatedResponse(int Id);

    public sealed record ExtendRequest(DateOnly MunicipalClosesOn, DateOnly DepartmentClosesOn, uint Version);

    public sealed record ItemRequest(int? CategoryId, string? Title, Urgency? Urgency, string? Form, string? Content, string? Issues,
        int[]? PartnerOrganisationIds = null, SurveySection? Section = null, Visibility? Visibility = null)
    {
        public NeedItemInput ToInput() => new(CategoryId, Title, Urgency, Form, Content, Issues, PartnerOrganisationIds, Section, Visibility);
    }

    /// <summary>An edit carries the version it was made from; a newer stored version means someone else saved first (409).</summary>
    public sealed record ItemUpdateRequest(int? CategoryId, string? Title, Urgency? Urgency, string? Form, string? Content, string? Issues,
        uint Version, int[]? PartnerOrganisationIds = null, SurveySection? Section = null, Visibility? Visibility = null);

    public sealed record SubmitRequest(bool NoNeeds = false);

    public sealed record ReturnRequest(string? Reason, uint Version);

    public sealed record ApprovalRequest(bool NoNeeds, uint Version);

    public sealed record ApprovalReturnRequest(string? Comment, uint Version);

    public static RouteGroupBuilder MapSurveyEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/surveys").WithTags("Surveys");

        group.MapGet("/", async (ClaimsPrincipal user, NeedsSurveyService surveys, CancellationToken ct) =>
            TypedResults.Ok(await surveys.ListAsync(user.RequireActor(), ct)));

        group.MapPost("/", async (CreateSurveyRequest body, ClaimsPrincipal user, NeedsSurveyService surveys, CancellationToken ct) =>
        {
            var id = await surveys.CreateAsync(user.RequireActor(), new NewSurveyInput(body.FiscalYear, body.Title, body.MunicipalOpensOn,
                body.MunicipalClosesOn, body.DepartmentOpensOn, body.DepartmentClosesOn, body.CopyCategoriesFromPreviousSurvey), ct);
            return TypedResults.Created($"/api/v1/surveys/{id}", new CreatedResponse(id));
        });

        group.MapPost("/{id:int}/open", async (int id, VersionRequest body, ClaimsPrincipal user, NeedsSurveyService surveys, CancellationToken ct) =>
        {
            await surveys.OpenAsync(user.RequireActor(), id, body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Opens (or reopens) the survey for answers; the survey's version (stale → 409).");

        group.MapPost("/{id:int}/close", async (int id, VersionRequest body, ClaimsPrincipal user, NeedsSurveyService surveys, CancellationToken ct) =>
        {
            await surveys.CloseAsync(user.RequireActor(), id, body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Closes the survey; the survey's version (stale → 409).");

        group.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, NeedsSurveyService surveys, CancellationToken ct) =>
            TypedResults.Ok(await surveys.GetAsync(user.RequireActor(), id, ct)));

        group.MapPut("/{id:int}/windows", async (int id, ExtendRequest body, ClaimsPrincipal user, NeedsSurveyService surveys, CancellationToken ct) =>
        {
            await surveys.ExtendAsync(user.RequireActor(), id, body.MunicipalClosesOn, body.DepartmentClosesOn, body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Moves the response deadlines (延長); Secretariat.");

        group.MapGet("/{id:int}/categories", async (int id, ClaimsPrincipal user, NeedsSurveyService surveys, CancellationToken ct) =>
            TypedResults.Ok(await surveys.ListCategoriesAsync(user.RequireActor(), id, ct)));

        group.MapResponseEndpoints();
        group.MapResultEndpoints();
        return api;
    }
}
