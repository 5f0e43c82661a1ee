using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Renkei.Core.Arrangements;
using Renkei.Web.Auth;
using Renkei.Web.Localization;

namespace Renkei.Web.Api;

/// <summary>The registry of wide-area arrangements (広域連携の仕組み): 一部事務組合 … 事務の委託, 定住自立圏, 連携中枢都市圏.</summary>
public static class ArrangementEndpoints
{
    public sealed record ArrangementRequest(ArrangementType Type, string? Name, string[]? KindsOfWork, DateOnly? EstablishedOn, DateOnly? DissolvedOn, string? Note);

    public sealed record ArrangementUpdateRequest(ArrangementType Type, string? Name, string[]? KindsOfWork, DateOnly? EstablishedOn, DateOnly? DissolvedOn, string? Note, uint Version);

    public sealed record ArrangementMemberRequest(int? OrganisationId, bool IsPrefecture, int? PartyArrangementId, MemberRole Role, DateOnly? From, DateOnly? Until);

    public sealed record ArrangementEndMemberRequest(DateOnly Until);

    public sealed record CorrectionRequestBody(string? Text);

    public sealed record ArrangementDocumentRequest(string? Title, string? Url);

    public sealed record CorrectionReplyRequest(string? Reply, uint Version);

    public sealed record ArrangementStepRequest(StepKind Kind, DateOnly? On, bool MonthOnly, int? PartnerOrganisationId, string? Title, string? Note);

    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapArrangementEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/arrangements").WithTags("Arrangements");

        group.MapGet("/", async (DateOnly? asOf, ArrangementType? type, int? municipalityId, bool? includeDissolved, ClaimsPrincipal user, ArrangementService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(user.RequireActor(), new ArrangementFilter(asOf, type, municipalityId, includeDissolved ?? false), ct)))
            .WithSummary("The registry on a day (?asOf=, today by default): each arrangement with its parties of that day and its status.");
        group.MapGet("/summary", async (DateOnly? asOf, ClaimsPrincipal user, ArrangementService service, CancellationToken ct) =>
            TypedResults.Ok(await service.SummaryAsync(user.RequireActor(), asOf, ct)))
            .WithSummary("The table by type: arrangements in force, member municipalities (延べ), those with the prefecture, 圏域 in preparation.");
        group.MapGet("/kinds-of-work", () => TypedResults.Ok(KindsOfWork.All))
            .WithSummary("The catalogue of kinds of work (共同処理する事務の種類).");
        group.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, ArrangementService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(user.RequireActor(), id, ct)));
        group.MapPost("/", async (ArrangementRequest body, ClaimsPrincipal user, ArrangementService service, CancellationToken ct) =>
        {
            var id = await service.CreateAsync(user.RequireActor(), new ArrangementInput(body.Type, body.Name, body.KindsOfWork, body.EstablishedOn, body.DissolvedOn, body.Note), ct);
            return TypedResults.Created($"/api/v1/arrangements/{id}", new SurveyEndpoints.CreatedResponse(id));
        }).WithSummary("Registers an arrangement (secretariat).");
        group.MapPut("/{id:int}", async (int id, ArrangementUpdateRequest body, ClaimsPrincipal user, ArrangementService service, CancellationToken ct) =>
            TypedResults.Ok(new ThemeEndpoints.VersionResponse(await service.UpdateAsync(user.RequireActor(), id,
                new ArrangementInput(body.Type, body.Name, body.KindsOfWork, body.EstablishedOn, body.DissolvedOn, body.Note), body.Version, ct))))
            .WithSummary("Changes an arrangement (secretariat; a support office those its municipalities take part in); stale version → 409.");
        group.MapPost("/{id:int}/members", async (int id, ArrangementMemberRequest body, ClaimsPrincipal user, ArrangementService service, CancellationToken ct) =>
        {
            var memberId = await service.AddMemberAsync(user.RequireActor(), id, new MemberInput(body.OrganisationId, body.IsPrefecture, body.PartyArrangementId, body.Role, body.From, body.Until), ct);
            return TypedResults.Created($"/api/v1/arrangements/{id}", new SurveyEndpoints.CreatedResponse(memberId));
        }).WithSummary("Adds a party: an organisation, the prefecture or another arrangement (exactly one); 事務の委託 takes 委託元/委託先, a 圏域 one 中心市.");
        group.MapPost("/members/{memberId:int}/end", async (int memberId, ArrangementEndMemberRequest body, ClaimsPrincipal user, ArrangementService service, CancellationToken ct) =>
        {
            await service.EndMemberAsync(user.RequireActor(), memberId, body.Until, ct);
            return TypedResults.NoContent();
        }).WithSummary("A party leaves on a day; the registry as of earlier days keeps it.");
        group.MapPost("/{id:int}/steps", async (int id, ArrangementStepRequest body, ClaimsPrincipal user, ArrangementService service, CancellationToken ct) =>
        {
            var stepId = await service.AddStepAsync(user.RequireActor(), id, new StepInput(body.Kind, body.On, body.MonthOnly, body.PartnerOrganisationId, body.Title, body.Note), ct);
            return TypedResults.Created($"/api/v1/arrangements/{id}", new SurveyEndpoints.CreatedResponse(stepId));
        }).WithSummary("Records a dated step: 設立, 規約変更, 中心市宣言, a partner's 協定 or 変更協定, a vision, 解散.");
        group.MapPost("/{id:int}/documents", async (int id, ArrangementDocumentRequest body, ClaimsPrincipal user, ArrangementService service, CancellationToken ct) =>
        {
            var documentId = await service.AddDocumentAsync(user.RequireActor(), id, body.Title, body.Url, ct);
            return TypedResults.Created($"/api/v1/arrangements/{id}", new SurveyEndpoints.CreatedResponse(documentId));
        }).WithSummary("Links a document (規約, 協定, vision) by its http(s) address; those who keep the arrangement.");
        group.MapDelete("/documents/{documentId:int}", async (int documentId, ClaimsPrincipal user, ArrangementService service, CancellationToken ct) =>
        {
            await service.RemoveDocumentAsync(user.RequireActor(), documentId, ct);
            return TypedResults.NoContent();
        }).WithSummary("Removes a document link (links are added or removed, never edited: no version).");
        group.MapGet("/{id:int}/corrections", async (int id, ClaimsPrincipal user, CorrectionService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ForArrangementAsync(user.RequireActor(), id, ct)))
            .WithSummary("The correction requests of an arrangement the caller may see (its keepers: all; a municipality: its own), and canRequest.");
        group.MapPost("/{id:int}/corrections", async (int id, CorrectionRequestBody body, ClaimsPrincipal user, CorrectionService service, CancellationToken ct) =>
        {
            var requestId = await service.RequestAsync(user.RequireActor(), id, body.Text, ct);
            return TypedResults.Created($"/api/v1/arrangements/{id}/corrections", new SurveyEndpoints.CreatedResponse(requestId));
        }).WithSummary("A municipality that takes or took part asks for a correction of the record (訂正の依頼).");
        group.MapGet("/corrections", async (CorrectionState? state, ClaimsPrincipal user, CorrectionService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(user.RequireActor(), state, ct)))
            .WithSummary("The keeper's queue of correction requests (open by default; ?state=), or a municipality's own.");
        group.MapPost("/corrections/{correctionId:int}/accept", async (int correctionId, CorrectionReplyRequest body, ClaimsPrincipal user, CorrectionService service, CancellationToken ct) =>
            TypedResults.Ok(new ThemeEndpoints.VersionResponse(await service.AcceptAsync(user.RequireActor(), correctionId, body.Reply, body.Version, ct))))
            .WithSummary("The keeper has corrected the record and says so (the reply is optional); stale version → 409.");
        group.MapPost("/corrections/{correctionId:int}/decline", async (int correctionId, CorrectionReplyRequest body, ClaimsPrincipal user, CorrectionService service, CancellationToken ct) =>
            TypedResults.Ok(new ThemeEndpoints.VersionResponse(await service.DeclineAsync(user.RequireActor(), correctionId, body.Reply, body.Version, ct))))
            .WithSummary("The keeper declines with the reason (required); stale version → 409.");
        // The CSV file is the request body (text/csv, UTF-8); all lines are imported or none.
        group.MapPost("/import", async (HttpRequest request, ClaimsPrincipal user, ArrangementService service, CancellationToken ct) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            return TypedResults.Ok(new MunicipalityEndpoints.ImportResponse(await service.ImportCsvAsync(user.RequireActor(), buffer, ct)));
        }).Accepts<string>("text/csv").WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(10 * 1024 * 1024))
            .WithSummary("Imports 共同処理 records (方式,名称,事務の種類,構成団体,設立日,解散日,備考; secretariat): every bad line is told with its number and nothing is saved unless all are good.");
        group.MapGet("/export.csv", CsvAsync)
            .WithSummary("The registry in the import's columns, UTF-8 with BOM.");
        group.MapGet("/export.xlsx", XlsxAsync)
            .WithSummary("The registry as a workbook: the table by type as of today, then every arrangement with its parties by name and its status.");
        return api;
    }

    /// <summary>The same export for the pages, under <c>/exports</c> with the sign-in cookie.</summary>
    public static RouteGroupBuilder MapArrangementExport(this RouteGroupBuilder exports)
    {
        exports.MapGet("/arrangements.csv", CsvAsync);
        exports.MapGet("/arrangements.xlsx", XlsxAsync);
        return exports;
    }

    private static async Task<FileContentHttpResult> CsvAsync(ClaimsPrincipal user, ArrangementService service, CancellationToken ct)
    {
        var wording = Wordings.For();
        return TypedResults.File(await service.ExportCsvAsync(user.RequireActor(), wording, ct), "text/csv; charset=utf-8", $"{wording.Say("広域連携")}.csv");
    }

    private static async Task<FileContentHttpResult> XlsxAsync(ClaimsPrincipal user, ArrangementService service, CancellationToken ct)
    {
        var wording = Wordings.For();
        return TypedResults.File(await service.ExportXlsxAsync(user.RequireActor(), wording, ct), XlsxContentType, $"{wording.Say("広域連携")}.xlsx");
    }
}
