using System.Security.Claims;
using Renkei.Core.Notifications;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>The caller's own notices (the bell) and which kinds they also want by mail.</summary>
public static class NotificationEndpoints
{
    public sealed record PreferencesRequest(IReadOnlyList<NoticeKind>? MailKinds, uint Version);

    public static RouteGroupBuilder MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications");
        group.MapGet("/", async (ClaimsPrincipal user, NoticeService notices, CancellationToken ct) =>
            TypedResults.Ok(await notices.ListMineAsync(user.RequireActor(), ct)))
            .WithSummary("The caller's notices, newest first (100), with the unread count: deadlines near (survey opening and closing, materials, written answers, grant reports, indicator actuals, follow-ups) and decisions (差戻し, a case approved or returned).");
        group.MapPost("/{noticeId:int}/read", async (int noticeId, ClaimsPrincipal user, NoticeService notices, CancellationToken ct) =>
        {
            await notices.MarkReadAsync(user.RequireActor(), noticeId, ct);
            return TypedResults.NoContent();
        }).WithSummary("Marks one of the caller's notices read (404 for anyone else's).");
        group.MapPost("/read-all", async (ClaimsPrincipal user, NoticeService notices, CancellationToken ct) =>
            TypedResults.Ok(new { marked = await notices.MarkAllReadAsync(user.RequireActor(), ct) }))
            .WithSummary("Marks all the caller's notices read.");
        group.MapGet("/preferences", async (ClaimsPrincipal user, NoticeService notices, CancellationToken ct) =>
            TypedResults.Ok(await notices.GetPreferencesAsync(user.RequireActor(), ct)))
            .WithSummary("The kinds of notice the caller also receives by mail, the address, and the version to send back.");
        group.MapPut("/preferences", async (PreferencesRequest request, ClaimsPrincipal user, NoticeService notices, CancellationToken ct) =>
            TypedResults.Ok(await notices.SetPreferencesAsync(user.RequireActor(), request.MailKinds, request.Version, ct)))
            .WithSummary("Sets the kinds to mail (version 0 before the first choice; 409 when stale).");
        return api;
    }
}
