using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Renkei.Core.Organisations;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

public static class MunicipalityEndpoints
{
    public sealed record ContactRequest(string? Division, string? Phone, string? Email, uint Version);

    public sealed record VersionResponse(uint Version);

    public sealed record StatisticRequest(
        int Population, decimal? ElderlyShare, int? GeneralAdminStaff, int? CivilEngineers,
        int? ArchitectureEngineers, int? AgriForestryEngineers, bool IsProjection, uint? Version, decimal? AreaKm2 = null);

    public sealed record ImportResponse(int Imported);

    public static RouteGroupBuilder MapMunicipalityEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/municipalities").WithTags("Municipalities");

        group.MapGet("/", async (ClaimsPrincipal user, OrganisationDirectory directory, CancellationToken ct) =>
            TypedResults.Ok(await directory.ListMunicipalitiesAsync(user.RequireActor(), ct)))
            .PerPrefecture(typeof(Organisation), typeof(MunicipalityStatistic));

        group.MapGet("/{code}", async (string code, ClaimsPrincipal user, OrganisationDirectory directory, CancellationToken ct) =>
            TypedResults.Ok(await directory.GetMunicipalityAsync(user.RequireActor(), code, ct)));

        group.MapPut("/{code}/contact", async (string code, ContactRequest body, ClaimsPrincipal user, MunicipalityContactService contacts, CancellationToken ct) =>
        {
            var version = await contacts.UpdateAsync(user.RequireActor(), code, new ContactInput(body.Division, body.Phone, body.Email), body.Version, ct);
            return TypedResults.Ok(new VersionResponse(version));
        });

        group.MapPut("/{code}/statistics/{year:int}", async Task<NoContent> (string code, int year, StatisticRequest body, ClaimsPrincipal user,
            MunicipalityStatisticsService statistics, CancellationToken ct) =>
        {
            var input = new StatisticInput(year, body.Population, body.ElderlyShare, body.GeneralAdminStaff, body.CivilEngineers,
                body.ArchitectureEngineers, body.AgriForestryEngineers, body.IsProjection, body.AreaKm2);
            await statistics.SaveAsync(user.RequireActor(), code, input, body.Version, ct);
            return TypedResults.NoContent();
        });

        group.MapDelete("/{code}/statistics/{year:int}", async Task<NoContent> (string code, int year, uint version, ClaimsPrincipal user,
            MunicipalityStatisticsService statistics, CancellationToken ct) =>
        {
            await statistics.DeleteAsync(user.RequireActor(), code, year, version, ct);
            return TypedResults.NoContent();
        });

        // The CSV file is the request body (text/csv, UTF-8); all rows are imported or none.
        group.MapPost("/statistics/import", async (HttpRequest request, ClaimsPrincipal user, MunicipalityStatisticsService statistics, CancellationToken ct) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            return TypedResults.Ok(new ImportResponse(await statistics.ImportCsvAsync(user.RequireActor(), buffer, ct)));
        }).Accepts<string>("text/csv").WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(10 * 1024 * 1024));

        api.MapGet("/prefecture/population", async (ClaimsPrincipal user, PopulationOverviewService overview, CancellationToken ct) =>
            TypedResults.Ok(await overview.GetAsync(user.RequireActor(), ct)))
            .WithSummary("The 補足資料 table: per year held for every municipality, the prefecture, 市部 and 町村部 with the change since the previous year, and the 町村 under 5,000 and 5,000–10,000.");

        api.MapGet("/branch-offices", async (ClaimsPrincipal user, OrganisationDirectory directory, CancellationToken ct) =>
            TypedResults.Ok(await directory.ListBranchOfficesAsync(user.RequireActor(), ct))).WithTags("Organisations");
        return api;
    }
}
