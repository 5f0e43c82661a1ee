using System.Security.Claims;
using Renkei.Core.Organisations;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>決裁 before submitting, per organisation (the approvers are set on the accounts, /users/{id}/approver).</summary>
public static class ApprovalSettingEndpoints
{
    public sealed record ApprovalSettingRequest(bool RequiresApproval, uint Version);

    public static RouteGroupBuilder MapApprovalSettingEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Users");

        group.MapGet("/approval", async (ClaimsPrincipal user, ApprovalSettingsService settings, CancellationToken ct) =>
            TypedResults.Ok(await settings.ListAsync(user.RequireActor(), ct)))
            .WithSummary("The organisations that answer the survey, whether each approves its answers before submitting, and its approvers; Administrator.");

        group.MapPut("/{id:int}/approval", async (int id, ApprovalSettingRequest body, ClaimsPrincipal user, ApprovalSettingsService settings, CancellationToken ct) =>
            TypedResults.Ok(await settings.SetAsync(user.RequireActor(), id, body.RequiresApproval, body.Version, ct)))
            .WithSummary("Turns the 決裁 before submitting on or off for one organisation; the version as shown (stale → 409); Administrator.");
        return api;
    }
}
