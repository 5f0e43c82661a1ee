using System.Security.Claims;
using Renkei.Core.Accounts;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

public static class UserEndpoints
{
    public sealed record CreatedResponse(Guid Id);

    public sealed record AssignmentRequest(int OrganisationId, string? Role);

    public sealed record ApproverRequest(bool IsApprover);

    public sealed record MeResponse(Guid UserId, string DisplayName, int OrganisationId, string OrganisationType, string? OrganisationName, string Role);

    public static RouteGroupBuilder MapUserEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", (ClaimsPrincipal user) =>
        {
            var actor = user.RequireActor();
            return TypedResults.Ok(new MeResponse(actor.UserId, actor.DisplayName, actor.OrganisationId, actor.OrganisationType.ToString(),
                user.FindFirstValue(RenkeiClaims.OrganisationName), actor.Role));
        }).WithTags("Users");

        var group = api.MapGroup("/users").WithTags("Users");
        group.MapGet("/", async (ClaimsPrincipal user, UserAdministration admin, CancellationToken ct) =>
            TypedResults.Ok(await admin.ListAsync(user.RequireActor(), ct)));

        group.MapPost("/", async (NewUserInput body, ClaimsPrincipal user, UserAdministration admin, CancellationToken ct) =>
        {
            var id = await admin.CreateAsync(user.RequireActor(), body, ct);
            return TypedResults.Created($"/api/v1/users/{id}", new CreatedResponse(id));
        });

        group.MapPut("/{id:guid}/assignment", async (Guid id, AssignmentRequest body, ClaimsPrincipal user, UserAdministration admin, AccountCheck check, CancellationToken ct) =>
        {
            await admin.AssignAsync(user.RequireActor(), id, body.OrganisationId, body.Role, ct);
            check.Forget(id);
            return TypedResults.NoContent();
        });

        group.MapPost("/{id:guid}/lock", async (Guid id, ClaimsPrincipal user, UserAdministration admin, AccountCheck check, CancellationToken ct) =>
        {
            await admin.SetLockedAsync(user.RequireActor(), id, locked: true, ct);
            check.Forget(id);
            return TypedResults.NoContent();
        }).WithSummary("Locks the account until unlocked: its cookies and tokens stop at once.");

        group.MapPost("/{id:guid}/unlock", async (Guid id, ClaimsPrincipal user, UserAdministration admin, AccountCheck check, CancellationToken ct) =>
        {
            await admin.SetLockedAsync(user.RequireActor(), id, locked: false, ct);
            check.Forget(id);
            return TypedResults.NoContent();
        }).WithSummary("Unlocks the account and clears its failed sign-ins.");

        group.MapPut("/{id:guid}/approver", async (Guid id, ApproverRequest body, ClaimsPrincipal user, UserAdministration admin, CancellationToken ct) =>
        {
            await admin.SetApproverAsync(user.RequireActor(), id, body.IsApprover, ct);
            return TypedResults.NoContent();
        }).WithSummary("Makes the account a 決裁権者 of its organisation ({\"isApprover\": true}) or ends it; answering roles only.");
        return api;
    }
}
