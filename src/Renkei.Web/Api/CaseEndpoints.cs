using System.Security.Claims;
using Renkei.Core.Cases;
using Renkei.Core.Common;
using Renkei.Core.Organisations;
using Renkei.Core.Themes;
using Renkei.Web.Api.Input;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>The case library (先進事例): writing, review, search with facets, adoptions (横展開) and the public page's data.</summary>
public static class CaseEndpoints
{
    /// <summary>A case as written; <see cref="Version"/> is the one shown (ignored when registering).</summary>
    public sealed record CaseRequest(
        string? Title, string? Summary, string? Description, string? People, long? BudgetYen, DateOnly? StartedOn, DateOnly? EndedOn,
        string? TransferNotes, string[]? Fields, CollaborationMethod[]? Methods, int[]? OrganisationIds, Visibility Visibility,
        int? ThemeId, int? ArrangementId, int? MeetingId, CaseResultInput[]? Results, CaseSourceInput[]? Sources, uint Version = 0)
    {
        public CaseInput ToInput() => new(Title ?? "", Summary ?? "", Description, People, BudgetYen, StartedOn, EndedOn, TransferNotes, Fields,
            Methods, OrganisationIds, Visibility, ThemeId, ArrangementId, MeetingId, Results, Sources);
    }

    public sealed record CaseApproveRequest(Visibility Visibility, uint Version);

    public sealed record CaseReturnRequest(string? Reason, uint Version);

    public sealed record AdoptionRequest(int OrganisationId, DateOnly On, AdoptionStage Stage, string? Reason, string? Changes, int? ThemeId, uint Version = 0)
    {
        public AdoptionInput ToInput() => new(OrganisationId, On, Stage, Reason, Changes, ThemeId);
    }

    public static RouteGroupBuilder MapCaseEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cases").WithTags("Cases");

        group.MapGet("/", async (string? text, string? field, CollaborationMethod? method, string? region, PopulationBand? band, AdoptionStage? stage,
                CaseState? state, CaseSort? sort, int? page, int? pageSize, ClaimsPrincipal user, CaseLibrary library, CancellationToken ct) =>
            TypedResults.Ok(await library.SearchAsync(user.RequireActor(),
                new CaseQuery(text, field, method, region, band, stage, state, sort ?? CaseSort.Newest, page ?? 1, pageSize ?? 20), ct)))
            .WithSummary("Searches the cases the caller may see (approved by default; ?state= for drafts and reviews of one's own or, for the secretariat, all), with facet counts over every match.");
        group.MapGet("/fields", async (ClaimsPrincipal user, CaseService service, CancellationToken ct) => TypedResults.Ok(await service.FieldsAsync(user.RequireActor(), ct)))
            .WithSummary("The fields the caller's prefecture files a case under: the survey's standard categories (without another prefecture's own), then the registry's kinds of work.");
        group.MapGet("/related", async (string[]? field, ClaimsPrincipal user, CaseLibrary library, CancellationToken ct) =>
            TypedResults.Ok(await library.RelatedAsync(user.RequireActor(), field ?? [], 3, ct)))
            .WithSummary("「関連する事例」: the newest approved cases filed under one of the given fields (?field=…&field=…).");
        group.MapGet("/of-organisation/{organisationId:int}", async (int organisationId, ClaimsPrincipal user, CaseLibrary library, CancellationToken ct) =>
            TypedResults.Ok(await library.OfOrganisationAsync(user.RequireActor(), organisationId, ct)))
            .WithSummary("The approved cases an organisation did or adopted.");
        group.MapGet("/showcase-meetings", async (ClaimsPrincipal user, CaseService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ShowcaseMeetingsAsync(user.RequireActor(), ct)))
            .WithSummary("The meetings a case can be linked to (meetingId): those with a 事例紹介 item on their agenda, newest year first.");
        group.MapGet("/shown-at/{meetingId:int}", async (int meetingId, ClaimsPrincipal user, CaseLibrary library, CancellationToken ct) =>
            TypedResults.Ok(await library.ShownAtAsync(user.RequireActor(), meetingId, ct)))
            .WithSummary("The approved cases introduced at a meeting, as far as the caller may see them.");
        group.MapGet("/from-theme/{themeId:int}", async (int themeId, ClaimsPrincipal user, CaseService service, CancellationToken ct) =>
            TypedResults.Ok(await service.DraftFromThemeAsync(user.RequireActor(), themeId, ct)))
            .WithSummary("A draft case from a theme (title, outline, methods, participants) to complete and register.");
        group.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, CaseService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(user.RequireActor(), id, ct)))
            .WithSummary("A case with its results, sources, adopters and what the caller may do; 404 when the caller may not see it.");
        group.MapPost("/", async (CaseRequest body, ClaimsPrincipal user, CaseService service, CancellationToken ct) =>
        {
            var id = await service.CreateAsync(user.RequireActor(), body.ToInput(), ct);
            return TypedResults.Created($"/api/v1/cases/{id}", new SurveyEndpoints.CreatedResponse(id));
        }).WithSummary("Registers a case for the caller's organisation, as a draft.");
        group.MapPut("/{id:int}", async (int id, CaseRequest body, ClaimsPrincipal user, CaseService service, CancellationToken ct) =>
            TypedResults.Ok(new ThemeEndpoints.VersionResponse(await service.UpdateAsync(user.RequireActor(), id, body.ToInput(), body.Version, ct))))
            .WithSummary("Changes a case (its author while a draft or returned; the secretariat any time); stale version → 409.");
        group.MapPost("/{id:int}/submit", async (int id, VersionRequest body, ClaimsPrincipal user, CaseService service, CancellationToken ct) =>
            TypedResults.Ok(new ThemeEndpoints.VersionResponse(await service.SubmitAsync(user.RequireActor(), id, body.Version, ct))))
            .WithSummary("The author's organisation asks the secretariat to review the case.");
        group.MapPost("/{id:int}/approve", async (int id, CaseApproveRequest body, ClaimsPrincipal user, CaseService service, CancellationToken ct) =>
            TypedResults.Ok(new ThemeEndpoints.VersionResponse(await service.ApproveAsync(user.RequireActor(), id, body.Visibility, body.Version, ct))))
            .WithSummary("The secretariat approves a submitted case with its visibility (Public also puts it on the public page).");
        group.MapPost("/{id:int}/return", async (int id, CaseReturnRequest body, ClaimsPrincipal user, CaseService service, CancellationToken ct) =>
            TypedResults.Ok(new ThemeEndpoints.VersionResponse(await service.ReturnAsync(user.RequireActor(), id, body.Reason, body.Version, ct))))
            .WithSummary("The secretariat returns a submitted case to its author with a reason.");
        group.MapGet("/{id:int}/not-yet-reached", async (int id, int? take, ClaimsPrincipal user, AdoptionService service, CancellationToken ct) =>
            TypedResults.Ok(await service.NotYetReachedAsync(user.RequireActor(), id, take ?? 10, ct)))
            .WithSummary("Municipalities the case has not reached, most like its doers and adopters first, with the reasons (prefecture staff).");
        group.MapPost("/{id:int}/adoptions", async (int id, AdoptionRequest body, ClaimsPrincipal user, AdoptionService service, CancellationToken ct) =>
        {
            var adoptionId = await service.RecordAsync(user.RequireActor(), id, body.ToInput(), ct);
            return TypedResults.Created($"/api/v1/cases/{id}", new SurveyEndpoints.CreatedResponse(adoptionId));
        }).WithSummary("Records that a municipality takes up an approved case (検討中 / 実施中 / 断念 with a reason); once per municipality.");
        group.MapPut("/adoptions/{adoptionId:int}", async (int adoptionId, AdoptionRequest body, ClaimsPrincipal user, AdoptionService service, CancellationToken ct) =>
            TypedResults.Ok(new ThemeEndpoints.VersionResponse(await service.UpdateAsync(user.RequireActor(), adoptionId, body.ToInput(), body.Version, ct))))
            .WithSummary("Moves an adoption to another stage; stale version → 409.");
        group.MapPost("/{id:int}/attachments", async (int id, IFormFile? file, ClaimsPrincipal user, CaseAttachmentService attachments, CancellationToken ct) =>
        {
            if (file is null)
            {
                throw new Core.Common.ValidationException("File", "添付するファイルを選んでください（フォームの項目名は file）。");
            }
            await using var content = file.OpenReadStream();
            var attachmentId = await attachments.UploadAsync(user.RequireActor(), id, file.FileName, content, file.Length, ct);
            return TypedResults.Created($"/api/v1/cases/{id}/attachments/{attachmentId}", new SurveyEndpoints.CreatedResponse(attachmentId));
        })
            .DisableAntiforgery() // bearer tokens only on the API: no cookie to forge
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Core.Council.MaterialFileCheck.MaxBytes + 1024 * 1024))
            .WithSummary("Attaches a PDF or Office file (≤ 20 MB, content checked, 20 per case) as multipart/form-data field `file`; whoever may edit the case.");
        group.MapGet("/{id:int}/attachments/{attachmentId:int}", DownloadAsync).WithSummary("One attached file, for whoever may see the case.");
        group.MapDelete("/{id:int}/attachments/{attachmentId:int}", async (int id, int attachmentId, ClaimsPrincipal user, CaseAttachmentService attachments, CancellationToken ct) =>
        {
            await attachments.DeleteAsync(user.RequireActor(), id, attachmentId, ct);
            return TypedResults.NoContent();
        }).WithSummary("Removes an attached file; whoever may edit the case.");
        return api;
    }

    /// <summary>The same download for the pages, under <c>/exports</c> with the sign-in cookie.</summary>
    public static RouteGroupBuilder MapCaseAttachmentDownload(this RouteGroupBuilder exports)
    {
        exports.MapGet("/cases/{id:int}/attachments/{attachmentId:int}", DownloadAsync);
        return exports;
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.FileStreamHttpResult> DownloadAsync(int id, int attachmentId, ClaimsPrincipal user, CaseAttachmentService attachments, CancellationToken ct)
    {
        var (name, type, content) = await attachments.OpenAsync(user.RequireActor(), id, attachmentId, ct);
        return TypedResults.Stream(content, type, name);
    }

    /// <summary>Approved 公開 cases of every prefecture, without sign-in (the public page reads the same service).</summary>
    public static IEndpointRouteBuilder MapPublicCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/public/cases").WithTags("Public").AllowAnonymous().AddEndpointFilterFactory(ArgumentSanityFilter.Factory);
        group.MapGet("/", async (string? text, PublicCaseService service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(text, ct)))
            .WithSummary("The published cases, newest first (at most 100), found by words in their title and texts.");
        group.MapGet("/{id:int}", async (int id, PublicCaseService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("One published case; 404 for any case not approved as 公開.");
        group.MapGet("/{id:int}/attachments/{attachmentId:int}", async (int id, int attachmentId, CaseAttachmentService attachments, CancellationToken ct) =>
        {
            var (name, type, content) = await attachments.OpenPublishedAsync(id, attachmentId, ct);
            return TypedResults.Stream(content, type, name);
        }).WithSummary("A file of a published case; 404 for any other.");
        return app;
    }
}
