using System.Security.Claims;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;
using Renkei.Core.Surveys.Exports;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>Progress, the summary table, the items behind it, and the Excel/CSV exports.</summary>
public static class SurveyResultEndpoints
{
    public static RouteGroupBuilder MapResultEndpoints(this RouteGroupBuilder surveys)
    {
        surveys.MapGet("/{id:int}/progress", async (int id, ClaimsPrincipal user, SurveyProgressService progress, CancellationToken ct) =>
            TypedResults.Ok(await progress.GetAsync(user.RequireActor(), id, ct)))
            .WithSummary("Every respondent organisation in scope with its state (Secretariat; a support office for its jurisdiction).");

        surveys.MapPost("/{id:int}/reminders", async (int id, ClaimsPrincipal user, SurveyReminderService reminders, CancellationToken ct) =>
            TypedResults.Ok(await reminders.SendAsync(user.RequireActor(), id, ct)))
            .WithSummary("督促: mails every respondent that has not submitted (Secretariat); answers who could not be reached.");

        surveys.MapGet("/{id:int}/summary", async (int id, string? region, int? municipalityId, ClaimsPrincipal user, SurveySummaryService summaries, HttpContext http, CancellationToken ct) =>
            {
                var summary = await summaries.GetAsync(user.RequireActor(), id, new SummaryFilter(region, municipalityId), ct);
                if (summary.Status != SurveyStatus.Closed)
                {
                    ResponseCache.DoNotStore(http); // answers still arrive: only a closed survey's table is kept
                }
                return TypedResults.Ok(summary);
            })
            .PerCaller(typeof(NeedsSurvey), typeof(SurveyCategory), typeof(SurveyResponse), typeof(NeedItem), typeof(Organisation))
            .WithSummary("Submitted items by respondent group, section and category, with the * marks.");

        surveys.MapGet("/{id:int}/items", async (int id, int? categoryId, SurveySection? section, RespondentGroup? group, string? region, int? municipalityId,
                ClaimsPrincipal user, SurveySummaryService summaries, CancellationToken ct) =>
            TypedResults.Ok(await summaries.ListItemsAsync(user.RequireActor(), id, new ItemFilter(categoryId, section, group, region, municipalityId), ct)))
            .WithSummary("The submitted items behind a number of the summary.");
        return surveys.MapExportEndpoints();
    }

    /// <summary>The two downloads; mapped under the API (bearer) and under <c>/exports</c> for the pages (cookie).</summary>
    public static RouteGroupBuilder MapExportEndpoints(this RouteGroupBuilder surveys)
    {
        surveys.MapGet("/{id:int}/summary.xlsx", async (int id, string? region, int? municipalityId, ClaimsPrincipal user, SurveySummaryService summaries,
            IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            var actor = user.RequireActor();
            var summary = await summaries.GetAsync(actor, id, new SummaryFilter(region, municipalityId), ct);
            var items = await summaries.ListItemsAsync(actor, id, new ItemFilter(Region: region, MunicipalityId: municipalityId), ct);
            return TypedResults.File(SurveyWorkbook.Create(summary, items, SurveyExportLanguage.For(l)),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"needs-survey-{summary.FiscalYear}-summary.xlsx");
        }).WithSummary("The summary sheet laid out like the published table, and the items sheet.");

        surveys.MapGet("/{id:int}/items.csv", async (int id, string? region, int? municipalityId, ClaimsPrincipal user, SurveySummaryService summaries, NeedsSurveyService surveyList,
            IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            var actor = user.RequireActor();
            var items = await summaries.ListItemsAsync(actor, id, new ItemFilter(Region: region, MunicipalityId: municipalityId), ct);
            var survey = await surveyList.GetAsync(actor, id, ct);
            return TypedResults.File(SurveyItemsCsv.Create(items, SurveyExportLanguage.For(l)), "text/csv; charset=utf-8", $"needs-survey-{survey.FiscalYear}-items.csv");
        }).WithSummary("The submitted items as CSV (UTF-8 with BOM).");
        return surveys;
    }
}
