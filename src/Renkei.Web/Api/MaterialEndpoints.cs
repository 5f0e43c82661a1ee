using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Renkei.Core.Council;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>Meeting materials (資料): presenters upload, members download one file or the whole packet.</summary>
public static class MaterialEndpoints
{
    public sealed record MaterialsDeadlineRequest(DateOnly? Deadline, uint Version);
    public sealed record MaterialVisibilityRequest(Core.Common.Visibility? Visibility, uint Version);

    /// <summary>Downloads; under the API (bearer) and under <c>/exports/meetings</c> for the pages (cookie).</summary>
    public static RouteGroupBuilder MapMaterialDownloads(this RouteGroupBuilder meetings)
    {
        meetings.MapGet("/{id:int}/materials/{materialId:int}", async (int id, int materialId, ClaimsPrincipal user, MaterialService materials, CancellationToken ct) =>
        {
            var (name, type, content) = await materials.OpenAsync(user.RequireActor(), id, materialId, ct);
            return TypedResults.Stream(content, type, name);
        }).WithSummary("One material, for members of the body, presenters and the secretariat.");
        meetings.MapGet("/{id:int}/packet.zip", async (int id, ClaimsPrincipal user, MaterialService materials, CancellationToken ct) =>
            TypedResults.Stream(await materials.PacketAsync(user.RequireActor(), id, ct), "application/zip", $"meeting-{id}-packet.zip"))
            .WithSummary("The whole packet: the 次第 (.docx) and every material in agenda order, as one .zip.");
        return meetings;
    }

    public static RouteGroupBuilder MapMaterialEndpoints(this RouteGroupBuilder meetings)
    {
        meetings.MapGet("/{id:int}/materials", async (int id, ClaimsPrincipal user, MaterialService materials, CancellationToken ct) =>
            TypedResults.Ok(await materials.GetAsync(user.RequireActor(), id, ct)))
            .WithSummary("The materials in agenda order, the deadline, the items the caller may upload to, and (for the secretariat) what is missing.");
        meetings.MapPost("/{id:int}/agenda/{itemId:int}/materials", async (int id, int itemId, IFormFile? file, [FromForm] string? visibility, ClaimsPrincipal user, MaterialService materials, CancellationToken ct) =>
        {
            if (file is null)
            {
                throw new Core.Common.ValidationException("File", "添付するファイルを選んでください（フォームの項目名は file）。");
            }
            // A level's exact name only: Enum.TryParse would also take numbers and lists such as "Public,Internal".
            var level = visibility is null ? Core.Common.Visibility.Internal
                : Enum.GetValues<Core.Common.Visibility>().Cast<Core.Common.Visibility?>().SingleOrDefault(v => v.ToString() == visibility)
                  ?? throw new Core.Common.ValidationException("Visibility", "公開範囲は Public・Internal・Confidential のいずれかです。");
            await using var content = file.OpenReadStream();
            var materialId = await materials.UploadAsync(user.RequireActor(), id, itemId, file.FileName, content, file.Length, ct, level);
            return TypedResults.Created($"/api/v1/meetings/{id}/materials/{materialId}", new SurveyEndpoints.CreatedResponse(materialId));
        })
            .DisableAntiforgery() // bearer tokens only on the API: no cookie to forge
            .WithMetadata(new RequestSizeLimitAttribute(MaterialFileCheck.MaxBytes + 1024 * 1024))
            .WithSummary("Uploads a PDF or Office file (≤ 20 MB, content checked) as multipart/form-data field `file`, with an optional field `visibility` (Public/Internal/Confidential, Internal unless given): the item's presenter by the deadline, or the secretariat.");
        meetings.MapPut("/{id:int}/materials/{materialId:int}/visibility", async (int id, int materialId, MaterialVisibilityRequest body, ClaimsPrincipal user, MaterialService materials, CancellationToken ct) =>
            TypedResults.Ok(new ThemeEndpoints.VersionResponse(await materials.SetVisibilityAsync(user.RequireActor(), id, materialId, body.Visibility, body.Version, ct))))
            .WithSummary("A material's level: its organisation while it may change its materials, or whoever runs the meeting; the material's version (stale → 409); returns the new one.");
        meetings.MapDelete("/{id:int}/materials/{materialId:int}", async (int id, int materialId, ClaimsPrincipal user, MaterialService materials, CancellationToken ct) =>
        {
            await materials.DeleteAsync(user.RequireActor(), id, materialId, ct);
            return TypedResults.NoContent();
        });
        meetings.MapPut("/{id:int}/materials-deadline", async (int id, MaterialsDeadlineRequest body, ClaimsPrincipal user, MaterialService materials, CancellationToken ct) =>
        {
            await materials.SetDeadlineAsync(user.RequireActor(), id, body.Deadline, body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("The day presenters upload by (secretariat); null removes it; the meeting's version (stale → 409).");
        meetings.MapMaterialDownloads();
        return meetings;
    }
}
