using System.Security.Claims;
using System.Text;
using Renkei.Core.Tenancy;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>The deployment's prefectures (tenants): its administrator lists them, adds one from the national list and removes one added by mistake.</summary>
public static class PrefectureEndpoints
{
    /// <summary>A prefecture to add; <c>OfficesCsv</c> is the text of the offices' CSV (<see cref="OfficesCsv"/>), or null.</summary>
    public sealed record NewPrefectureRequest(
        string? PrefectureCode, string? SecretariatBureau, string? SecretariatDivision,
        string? AdministratorEmail, string? AdministratorName, string? AdministratorPassword, string? OfficesCsv);

    public static RouteGroupBuilder MapPrefectureEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/prefectures").WithTags("Prefectures");

        group.MapGet("", async (ClaimsPrincipal user, PrefectureSetupService prefectures, CancellationToken ct) =>
            TypedResults.Ok(await prefectures.ListAsync(user.RequireActor(), ct)))
            .WithSummary("The deployment's prefectures with their counts of municipalities, offices and users; DeploymentAdministrator.");

        group.MapGet("/choices", async (ClaimsPrincipal user, PrefectureSetupService prefectures, CancellationToken ct) =>
            TypedResults.Ok(await prefectures.ChoicesAsync(user.RequireActor(), ct)))
            .WithSummary("The prefectures of the national list not in the portal yet; DeploymentAdministrator.");

        group.MapPost("", async (NewPrefectureRequest body, ClaimsPrincipal user, PrefectureSetupService prefectures, CancellationToken ct) =>
        {
            var input = new NewPrefectureInput(body.PrefectureCode, body.SecretariatBureau, body.SecretariatDivision,
                body.AdministratorEmail, body.AdministratorName, body.AdministratorPassword);
            using var offices = body.OfficesCsv is { } csv ? new MemoryStream(Encoding.UTF8.GetBytes(csv)) : null;
            var added = await prefectures.AddAsync(user.RequireActor(), input, offices, ct);
            return TypedResults.Created($"/api/v1/prefectures/{added.PrefectureId}", added);
        }).WithSummary("Adds a prefecture with its municipalities from the national list, its offices from the CSV, its secretariat and first administrator; DeploymentAdministrator.");
        group.MapDelete("/{id:int}", async (int id, ClaimsPrincipal user, PrefectureSetupService prefectures, CancellationToken ct) =>
        {
            await prefectures.RemoveAsync(user.RequireActor(), id, ct);
            return TypedResults.NoContent();
        }).WithSummary("Removes a prefecture added by mistake, with its organisations and accounts, while it holds nothing else (canRemove in the list); 409 once it holds work or for the caller's own; DeploymentAdministrator.");
        return api;
    }
}
