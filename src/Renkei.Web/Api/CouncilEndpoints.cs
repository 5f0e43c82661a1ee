using System.Security.Claims;
using Renkei.Core.Calendar;
using Renkei.Core.Council;
using Renkei.Web.Auth;
using Renkei.Web.Localization;

namespace Renkei.Web.Api;

/// <summary>The council cycle: bodies and members, the fiscal year's schedule (also as iCalendar), meetings.</summary>
public static class CouncilEndpoints
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public sealed record MemberRequest(int OrganisationId, string? Post, DateOnly From);

    public sealed record EndMembershipRequest(DateOnly Until);

    public sealed record RegionalBodyRequest(BodyKind Kind, string? Name, string? ChairPost, DateOnly? From = null);
    public sealed record PrefecturalBodyRequest(BodyKind Kind, string? Name, string? ChairPost, string? MunicipalPost = null, DateOnly? From = null);

    public sealed record MeetingRequest(int BodyId, int FiscalYear, string? Title, DateTimeOffset? StartsAt, string? Place, bool IsWritten = false, DateOnly? AnswerDeadline = null);

    public sealed record AgendaOrderRequest(int[]? ItemIds);

    public sealed record TemplateItemRequest(string? Title, BodyKind? Body, int? Number, int FromMonth, int UntilMonth, uint Version);

    public sealed record AttendanceRequest(AttendanceInput[]? Present);

    public sealed record WrittenAnswerRequest(WrittenAnswerKind Answer, string? Comment);

    public sealed record MeetingStateRequest(MeetingState To, uint Version);

    public sealed record OutcomeRequest(AgendaOutcome Outcome, string? Note, uint Version);

    /// <summary><see cref="OrderReason"/>: why a 連携推進会議 is dated before its 幹事会 (required only then).</summary>
    public sealed record MeetingUpdateRequest(string? Title, DateTimeOffset? StartsAt, string? Place, bool IsWritten, DateOnly? AnswerDeadline, uint Version, string? OrderReason = null);

    /// <summary>The year as iCalendar; under the API (bearer) and under <c>/exports/cycles</c> for the pages (cookie).</summary>
    public static RouteGroupBuilder MapCalendarFeed(this RouteGroupBuilder cycles)
    {
        cycles.MapGet("/{fiscalYear:int}.ics", async (int fiscalYear, ClaimsPrincipal user, AnnualCycleService service, MeetingService meetings, CancellationToken ct) =>
        {
            var actor = user.RequireActor();
            var cycle = await service.GetAsync(actor, fiscalYear, ct);
            var text = AnnualCycleCalendar.Write($"p{actor.PrefectureId}", cycle, await meetings.ListAsync(actor, fiscalYear, ct), Wordings.For());
            return TypedResults.Text(text, "text/calendar; charset=utf-8");
        }).WithSummary("The year as an iCalendar (RFC 5545) feed.");
        return cycles;
    }

    /// <summary>The agenda and minutes as .docx in the caller's language; under the API (bearer) and under <c>/exports/meetings</c> for the pages (cookie).</summary>
    public static RouteGroupBuilder MapMeetingDocuments(this RouteGroupBuilder meetings)
    {
        meetings.MapGet("/{id:int}/agenda.docx", async (int id, ClaimsPrincipal user, MeetingService meetingService, AgendaService agenda, CancellationToken ct) =>
        {
            var actor = user.RequireActor();
            var meeting = await meetingService.GetAsync(actor, id, ct);
            return TypedResults.File(MeetingDocuments.Agenda(meeting, await agenda.ListAsync(actor, id, ct), await meetingService.IssuerAsync(actor, ct), Wordings.For()), WordType, $"agenda-{id}.docx");
        }).WithSummary("The 次第 as .docx.");
        meetings.MapGet("/{id:int}/minutes.docx", async (int id, ClaimsPrincipal user, MeetingService meetingService, AgendaService agenda, AttendanceService attendance,
                CancellationToken ct) =>
        {
            var actor = user.RequireActor();
            var meeting = await meetingService.GetAsync(actor, id, ct);
            var minutes = MeetingDocuments.Minutes(meeting, await agenda.ListAsync(actor, id, ct), await attendance.GetAsync(actor, id, ct), await meetingService.IssuerAsync(actor, ct),
                Wordings.For());
            return TypedResults.File(minutes, WordType, $"minutes-{id}.docx");
        }).WithSummary("The 議事録 as .docx, with those present and absent (or the roster of the day until attendance is recorded).");
        return meetings;
    }

    public static RouteGroupBuilder MapCouncilEndpoints(this RouteGroupBuilder api)
    {
        var bodies = api.MapGroup("/bodies").WithTags("Council");
        bodies.MapGet("/", async (DateOnly? on, ClaimsPrincipal user, CouncilService council, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(await council.ListBodiesAsync(user.RequireActor(), on ?? JapanDate.Today(clock), ct)))
            .WithSummary("The bodies with their members on a date (today by default): a past date gives that day's roster.");
        bodies.MapPost("/regional", async (RegionalBodyRequest body, ClaimsPrincipal user, CouncilService council, TimeProvider clock, CancellationToken ct) =>
        {
            var id = await council.CreateRegionalBodyAsync(user.RequireActor(), body.Kind, body.Name, body.ChairPost, body.From ?? Core.Calendar.JapanDate.Today(clock), ct);
            return TypedResults.Created($"/api/v1/bodies/{id}", new SurveyEndpoints.CreatedResponse(id));
        }).WithSummary("A 連携支援室 sets up a body of its region (DeputyMayorsMeeting 副首長会議, PlanningManagersMeeting 企画担当課長会議, StaffMeeting 担当者会議, OtherRegional): its municipalities sit in it from `from` (today), and it runs its meetings.");
        bodies.MapPost("/prefectural", async (PrefecturalBodyRequest body, ClaimsPrincipal user, CouncilService council, TimeProvider clock, CancellationToken ct) =>
        {
            var input = new PrefecturalBodyInput(body.Kind, body.Name, body.ChairPost, body.MunicipalPost, body.From ?? Core.Calendar.JapanDate.Today(clock));
            var id = await council.SetUpPrefecturalBodyAsync(user.RequireActor(), input, ct);
            return TypedResults.Created($"/api/v1/bodies/{id}", new SurveyEndpoints.CreatedResponse(id));
        }).WithSummary("The secretariat sets up one of the prefecture's own bodies (Council 連携推進会議, SteeringCommittee 幹事会, MayorsMeeting, AdministrativeRoundtable), one of each kind; with `municipalPost` every municipality sits in it in that post from `from` (today).");
        bodies.MapPost("/{id:int}/members", async (int id, MemberRequest body, ClaimsPrincipal user, CouncilService council, CancellationToken ct) =>
        {
            var membershipId = await council.AddMemberAsync(user.RequireActor(), id, body.OrganisationId, body.Post, body.From, ct);
            return TypedResults.Created($"/api/v1/bodies/{id}", new SurveyEndpoints.CreatedResponse(membershipId));
        });
        bodies.MapPost("/memberships/{membershipId:int}/end", async (int membershipId, EndMembershipRequest body, ClaimsPrincipal user, CouncilService council, CancellationToken ct) =>
        {
            await council.RemoveMemberAsync(user.RequireActor(), membershipId, body.Until, ct);
            return TypedResults.NoContent();
        }).WithSummary("A member leaves on a date; earlier rosters keep it.");

        var template = api.MapGroup("/schedule-template").WithTags("Council");
        template.MapGet("/", async (ClaimsPrincipal user, ScheduleTemplateService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(user.RequireActor(), ct)))
            .WithSummary("The 年間スケジュール template, in fiscal-year order; generating a year copies it.");
        template.MapPost("/", async (TemplateItemInput body, ClaimsPrincipal user, ScheduleTemplateService service, CancellationToken ct) =>
        {
            var id = await service.AddAsync(user.RequireActor(), body, ct);
            return TypedResults.Created("/api/v1/schedule-template", new SurveyEndpoints.CreatedResponse(id));
        }).WithSummary("Adds a milestone, or a meeting of a body with its number (secretariat).");
        template.MapPut("/{id:int}", async (int id, TemplateItemRequest body, ClaimsPrincipal user, ScheduleTemplateService service, CancellationToken ct) =>
            TypedResults.Ok(new ThemeEndpoints.VersionResponse(await service.UpdateAsync(user.RequireActor(), id,
                new TemplateItemInput(body.Title, body.Body, body.Number, body.FromMonth, body.UntilMonth), body.Version, ct))))
            .WithSummary("Changes an item; a stale version → 409.");
        template.MapDelete("/{id:int}", async (int id, uint? version, ClaimsPrincipal user, ScheduleTemplateService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(user.RequireActor(), id, version ?? 0, ct);
            return TypedResults.NoContent();
        }).WithSummary("Deletes a template item; ?version= as shown (missing or stale → 409).");

        var cycles = api.MapGroup("/cycles").WithTags("Council");
        cycles.MapGet("/{fiscalYear:int}", async (int fiscalYear, ClaimsPrincipal user, AnnualCycleService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(user.RequireActor(), fiscalYear, ct)));
        cycles.MapPost("/{fiscalYear:int}", async (int fiscalYear, ClaimsPrincipal user, AnnualCycleService service, CancellationToken ct) =>
        {
            await service.GenerateAsync(user.RequireActor(), fiscalYear, ct);
            return TypedResults.Created($"/api/v1/cycles/{fiscalYear}", await service.GetAsync(user.RequireActor(), fiscalYear, ct));
        }).WithSummary("Generates the year's meetings and milestones from the 年間スケジュール template (secretariat).");
        cycles.MapCalendarFeed();

        var meetingsGroup = api.MapGroup("/meetings").WithTags("Council");
        meetingsGroup.MapGet("/", async (int? fiscalYear, ClaimsPrincipal user, MeetingService meetings, CancellationToken ct) =>
            TypedResults.Ok(await meetings.ListAsync(user.RequireActor(), fiscalYear, ct)));
        meetingsGroup.MapPost("/", async (MeetingRequest body, ClaimsPrincipal user, MeetingService meetings, CancellationToken ct) =>
        {
            var id = await meetings.CreateAsync(user.RequireActor(), body.BodyId, body.FiscalYear,
                new MeetingInput(body.Title, body.StartsAt, body.Place, body.IsWritten, body.AnswerDeadline), ct);
            return TypedResults.Created($"/api/v1/meetings/{id}", new SurveyEndpoints.CreatedResponse(id));
        });
        meetingsGroup.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, MeetingService meetings, CancellationToken ct) =>
            TypedResults.Ok(await meetings.GetAsync(user.RequireActor(), id, ct)));
        meetingsGroup.MapPut("/{id:int}", async (int id, MeetingUpdateRequest body, ClaimsPrincipal user, MeetingService meetings, CancellationToken ct) =>
            TypedResults.Ok(new ThemeEndpoints.VersionResponse(await meetings.UpdateAsync(user.RequireActor(), id,
                new MeetingInput(body.Title, body.StartsAt, body.Place, body.IsWritten, body.AnswerDeadline, body.OrderReason), body.Version, ct))))
            .WithSummary("Dates and places a meeting, or makes it written (書面) with an answer deadline; a 連携推進会議 before its 幹事会 needs orderReason (400 naming it); stale version → 409.");

        meetingsGroup.MapGet("/{id:int}/agenda", async (int id, ClaimsPrincipal user, AgendaService agenda, CancellationToken ct) =>
            TypedResults.Ok(await agenda.ListAsync(user.RequireActor(), id, ct)));
        meetingsGroup.MapGet("/{id:int}/agenda/suggestions", async (int id, ClaimsPrincipal user, AgendaService agenda, CancellationToken ct) =>
            TypedResults.Ok(await agenda.SuggestAsync(user.RequireActor(), id, ct)))
            .WithSummary("What fits this meeting: candidates to decide (第1回), progress reports (行政懇談会), next year's themes (第2回), cases to showcase.");
        meetingsGroup.MapPost("/{id:int}/agenda", async (int id, AgendaItemInput body, ClaimsPrincipal user, AgendaService agenda, CancellationToken ct) =>
        {
            var itemId = await agenda.AddAsync(user.RequireActor(), id, body, ct);
            return TypedResults.Created($"/api/v1/meetings/{id}/agenda", new SurveyEndpoints.CreatedResponse(itemId));
        }).WithSummary("Adds an item (協議/報告/事例紹介/意見交換) to the 次第 while the meeting is 予定.");
        meetingsGroup.MapDelete("/{id:int}/agenda/{itemId:int}", async (int id, int itemId, uint? version, ClaimsPrincipal user, AgendaService agenda, CancellationToken ct) =>
        {
            await agenda.RemoveAsync(user.RequireActor(), id, itemId, version ?? 0, ct);
            return TypedResults.NoContent();
        }).WithSummary("Removes an item while the meeting is 予定; ?version= is the item's (missing or stale → 409).");
        meetingsGroup.MapPut("/{id:int}/agenda/order", async (int id, AgendaOrderRequest body, ClaimsPrincipal user, AgendaService agenda, CancellationToken ct) =>
        {
            await agenda.ReorderAsync(user.RequireActor(), id, body.ItemIds ?? [], ct);
            return TypedResults.NoContent();
        });
        meetingsGroup.MapPost("/{id:int}/state", async (int id, MeetingStateRequest body, ClaimsPrincipal user, AgendaService agenda, CancellationToken ct) =>
        {
            await agenda.AdvanceAsync(user.RequireActor(), id, body.To, body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("予定 ⇄ 次第確定 → 開催済, with the meeting's version (stale → 409).");
        meetingsGroup.MapPost("/{id:int}/agenda/{itemId:int}/outcome", async (int id, int itemId, OutcomeRequest body, ClaimsPrincipal user, AgendaService agenda, CancellationToken ct) =>
        {
            await agenda.RecordOutcomeAsync(user.RequireActor(), id, itemId, body.Outcome, body.Note, body.Version, ct);
            return TypedResults.NoContent();
        });
        meetingsGroup.MapMeetingDocuments();
        meetingsGroup.MapMaterialEndpoints();
        meetingsGroup.MapGet("/{id:int}/attendance", async (int id, ClaimsPrincipal user, AttendanceService attendance, CancellationToken ct) =>
            TypedResults.Ok(await attendance.GetAsync(user.RequireActor(), id, ct)))
            .WithSummary("The roster of the meeting's day, each seat present or not once recorded.");
        meetingsGroup.MapPut("/{id:int}/attendance", async (int id, AttendanceRequest body, ClaimsPrincipal user, AttendanceService attendance, CancellationToken ct) =>
        {
            await attendance.RecordAsync(user.RequireActor(), id, body.Present ?? [], ct);
            return TypedResults.NoContent();
        }).WithSummary("Records who attended (the seats given, with a note such as 代理; the rest absent); secretariat, between fixing the agenda and confirming the minutes.");
        meetingsGroup.MapPost("/{id:int}/written-answers", async (int id, WrittenAnswerRequest body, ClaimsPrincipal user, WrittenMeetingService written, CancellationToken ct) =>
        {
            await written.AnswerAsync(user.RequireActor(), id, body.Answer, body.Comment, ct);
            return TypedResults.NoContent();
        }).WithSummary("書面開催: a member organisation answers Approve or Comment (with the comment), once, by the deadline.");
        meetingsGroup.MapGet("/{id:int}/written-answers", async (int id, ClaimsPrincipal user, WrittenMeetingService written, CancellationToken ct) =>
            TypedResults.Ok(await written.ListAsync(user.RequireActor(), id, ct)))
            .WithSummary("Every member with its answer, if any (secretariat).");
        meetingsGroup.MapPost("/{id:int}/minutes/confirm", async (int id, VersionRequest body, ClaimsPrincipal user, AgendaService agenda, CancellationToken ct) =>
        {
            await agenda.ConfirmMinutesAsync(user.RequireActor(), id, body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("議事録確定: themes decided move 候補 → 決定 (or 見送り) together, each step pointing at the meeting and item; one that cannot move stops all (400).");
        return api;
    }
}
