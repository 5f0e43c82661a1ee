using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Renkei.Core.Auditing;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>The audit trail (secretariat, administrator) with its CSV, and a record's history (whoever may open it). Read only: no entry is changed through the portal.</summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").WithTags("Audit");
        group.MapGet("/", async (Guid? userId, int? organisationId, string? entityType, string? action, DateOnly? from, DateOnly? to, int? page,
                ClaimsPrincipal user, AuditTrailService trail, CancellationToken ct) =>
            TypedResults.Ok(await trail.SearchAsync(user.RequireActor(), new AuditFilter(userId, organisationId, entityType, action, from, to, page ?? 1), ct)))
            .WithSummary("The prefecture's audit trail, newest first, 50 a page: who, their organisation then, the action, the record and each field old → new.");
        group.MapGet("/choices", async (ClaimsPrincipal user, AuditTrailService trail, CancellationToken ct) =>
            TypedResults.Ok(await trail.ChoicesAsync(user.RequireActor(), ct)))
            .WithSummary("What the filters offer: users, organisations, kinds of record and actions on record.");
        group.MapGet("/export.csv", CsvAsync).WithSummary("The filtered trail as CSV (up to 50,000 entries) in the caller's language, UTF-8 with BOM.");
        api.MapGet("/history/{kind}/{id:int}", async (RecordKind kind, int id, ClaimsPrincipal user, AuditTrailService trail, CancellationToken ct) =>
            TypedResults.Ok(await trail.HistoryAsync(user.RequireActor(), kind, id, ct)))
            .WithTags("Audit").WithSummary("The history of a theme, case, indicator or contact entry (Theme, Case, Indicator, Contact), for whoever may open it.");
        return api;
    }

    /// <summary>The same CSV for the audit page's download link (sign-in cookie).</summary>
    public static RouteGroupBuilder MapAuditExport(this RouteGroupBuilder exports)
    {
        exports.MapGet("/audit.csv", CsvAsync);
        return exports;
    }

    private static async Task<FileContentHttpResult> CsvAsync(Guid? userId, int? organisationId, string? entityType, string? action, DateOnly? from, DateOnly? to,
        ClaimsPrincipal user, AuditTrailService trail, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        TypedResults.File(AuditCsv.Write(await trail.ExportAsync(user.RequireActor(), new AuditFilter(userId, organisationId, entityType, action, from, to), ct), l),
            "text/csv; charset=utf-8", "audit.csv");
}
