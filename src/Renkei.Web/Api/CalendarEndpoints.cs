using System.Security.Claims;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Council;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>
/// Calendar subscriptions: a signed-in user makes a secret address; calendar clients (which cannot sign in) read
/// <c>/calendar/{secret}.ics</c> — this fiscal year and the next, as that user.
/// </summary>
public static class CalendarEndpoints
{
    public sealed record SubscriptionResponse(string Url, DateTimeOffset CreatedAt);

    public sealed record SubscriptionStatus(bool Active, DateTimeOffset? CreatedAt);

    public static RouteGroupBuilder MapCalendarSubscriptionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/calendar-subscription").WithTags("Council");
        group.MapGet("/", async (ClaimsPrincipal user, CalendarSubscriptionService service, CancellationToken ct) =>
        {
            var createdAt = await service.CreatedAtAsync(user.RequireActor(), ct);
            return TypedResults.Ok(new SubscriptionStatus(createdAt is not null, createdAt));
        })
            .WithSummary("Whether the caller has a secret calendar address (the address itself is shown only when made).");
        group.MapPost("/", async (HttpRequest request, ClaimsPrincipal user, CalendarSubscriptionService service, TimeProvider clock, CancellationToken ct) =>
        {
            var token = await service.CreateAsync(user.RequireActor(), ct);
            return TypedResults.Ok(new SubscriptionResponse(FeedUrl(request, token), clock.GetUtcNow()));
        }).WithSummary("Makes a new secret address for calendar clients (the old one stops working).");
        group.MapDelete("/", async (ClaimsPrincipal user, CalendarSubscriptionService service, CancellationToken ct) =>
        {
            await service.RevokeAsync(user.RequireActor(), ct);
            return TypedResults.NoContent();
        }).WithSummary("Turns the secret address off.");
        return api;
    }

    public static string FeedUrl(HttpRequest request, string token) => $"{request.Scheme}://{request.Host}{request.PathBase}/calendar/{token}.ics";

    /// <summary>
    /// The feed itself: no sign-in, the secret is the key; an unknown one answers 404 like any missing page. A calendar
    /// client sends no culture cookie, so the feed is in the language its user last chose in the portal.
    /// </summary>
    public static void MapCalendarFeedBySecret(this WebApplication app) =>
        app.MapGet("/calendar/{token}.ics", async (string token, CalendarSubscriptionService subscriptions, AnnualCycleService cycles, MeetingService meetings,
            IWordings wordings, TimeProvider clock, CancellationToken ct) =>
        {
            var (actor, language) = await subscriptions.ReaderForAsync(token, ct) ?? throw new NotFoundException("このカレンダーのアドレスは無効です。ポータルで新しいアドレスを発行してください。");
            var year = FiscalYear.Of(JapanDate.Today(clock)).StartYear;
            var years = new List<(AnnualCycleView, IReadOnlyList<MeetingView>)>();
            foreach (var fiscalYear in new[] { year, year + 1 })
            {
                years.Add((await cycles.GetAsync(actor, fiscalYear, ct), await meetings.ListAsync(actor, fiscalYear, ct)));
            }
            var wording = wordings.For(language);
            return TypedResults.Text(AnnualCycleCalendar.Write($"p{actor.PrefectureId}", wording.Say("県・市町村連携"), years, wording), "text/calendar; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
}
