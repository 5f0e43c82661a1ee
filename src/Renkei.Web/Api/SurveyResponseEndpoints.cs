using System.Security.Claims;
using Renkei.Core.Surveys;
using Renkei.Web.Auth;
using static Renkei.Web.Api.SurveyEndpoints;

namespace Renkei.Web.Api;

/// <summary>An organisation's own response: items while a draft, its 決裁, submit, copy last year's; the secretariat's 差戻し.</summary>
public static class SurveyResponseEndpoints
{
    public static RouteGroupBuilder MapResponseEndpoints(this RouteGroupBuilder surveys)
    {
        var mine = surveys.MapGroup("/{id:int}/responses/mine");

        mine.MapGet("/", async (int id, ClaimsPrincipal user, SurveyResponseService responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.GetMineAsync(user.RequireActor(), id, ct)))
            .WithSummary("The caller organisation's response, created empty on first call.");

        mine.MapPost("/items", async (int id, ItemRequest body, ClaimsPrincipal user, SurveyResponseService responses, CancellationToken ct) =>
        {
            var item = await responses.AddItemAsync(user.RequireActor(), id, body.ToInput(), ct);
            return TypedResults.Created($"/api/v1/surveys/{id}/responses/mine/items/{item.Id}", item);
        });

        mine.MapPut("/items/{itemId:int}", async (int id, int itemId, ItemUpdateRequest body, ClaimsPrincipal user, SurveyResponseService responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.UpdateItemAsync(user.RequireActor(), id, itemId,
                new NeedItemInput(body.CategoryId, body.Title, body.Urgency, body.Form, body.Content, body.Issues, body.PartnerOrganisationIds, body.Section, body.Visibility),
                body.Version, ct)));

        mine.MapDelete("/items/{itemId:int}", async (int id, int itemId, uint? version, ClaimsPrincipal user, SurveyResponseService responses, CancellationToken ct) =>
        {
            await responses.DeleteItemAsync(user.RequireActor(), id, itemId, version ?? 0, ct);
            return TypedResults.NoContent();
        }).WithSummary("Deletes an item of the draft; ?version= as shown (missing or stale → 409).");

        mine.MapPost("/items/{itemId:int}/confirm", async (int id, int itemId, VersionRequest body, ClaimsPrincipal user, SurveyResponseService responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.ConfirmItemAsync(user.RequireActor(), id, itemId, body.Version, ct)))
            .WithSummary("The organisation confirms a need its 連携支援室 entered from a visit (聞き取り); needed before submitting; stale version → 409.");

        mine.MapPost("/submit", async (int id, SubmitRequest? body, ClaimsPrincipal user, SurveyResponseService responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.SubmitAsync(user.RequireActor(), id, body?.NoNeeds ?? false, ct)))
            .WithSummary("Submits the response; {\"noNeeds\": true} submits an empty one as 回答なし.");

        mine.MapPost("/approval/request", async (int id, ApprovalRequest body, ClaimsPrincipal user, SurveyApprovalService approvals, CancellationToken ct) =>
            TypedResults.Ok(await approvals.RequestApprovalAsync(user.RequireActor(), id, body.NoNeeds, body.Version, ct)))
            .WithSummary("決裁: asks the organisation's approvers (where it requires a 決裁 before submitting); checked as a submission; stale version → 409.");

        mine.MapPost("/approval/approve", async (int id, VersionRequest body, ClaimsPrincipal user, SurveyApprovalService approvals, CancellationToken ct) =>
            TypedResults.Ok(await approvals.ApproveAsync(user.RequireActor(), id, body.Version, ct)))
            .WithSummary("An approver of the organisation, not the asker, approves the answer (決裁済); it can then be submitted; stale version → 409.");

        mine.MapPost("/approval/return", async (int id, ApprovalReturnRequest body, ClaimsPrincipal user, SurveyApprovalService approvals, CancellationToken ct) =>
            TypedResults.Ok(await approvals.ReturnForRevisionAsync(user.RequireActor(), id, body.Comment, body.Version, ct)))
            .WithSummary("The approver sends the answer back within the organisation with a comment; it is a draft again; stale version → 409.");

        mine.MapPost("/approval/withdraw", async (int id, VersionRequest body, ClaimsPrincipal user, SurveyApprovalService approvals, CancellationToken ct) =>
            TypedResults.Ok(await approvals.WithdrawApprovalAsync(user.RequireActor(), id, body.Version, ct)))
            .WithSummary("Takes back a request or an approval not yet submitted, so the answer can be changed; stale version → 409.");

        mine.MapPost("/copy-previous", async (int id, ClaimsPrincipal user, SurveyResponseService responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.CopyPreviousAsync(user.RequireActor(), id, ct)))
            .WithSummary("Adds the items of the organisation's previous response, categories mapped by label.");

        surveys.MapGet("/{id:int}/responses/{responseId:int}", async (int id, int responseId, ClaimsPrincipal user, SurveyResponseService responses, CancellationToken ct) =>
            TypedResults.Ok(await responses.GetAsync(user.RequireActor(), id, responseId, ct)));

        surveys.MapPost("/{id:int}/responses/{responseId:int}/return", async (int id, int responseId, ReturnRequest body, ClaimsPrincipal user, SurveyResponseService responses, CancellationToken ct) =>
        {
            await responses.ReturnAsync(user.RequireActor(), id, responseId, body.Reason, body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("差戻し: sends a submitted response back with a reason and the response's version (stale → 409); Secretariat.");
        return surveys;
    }
}
