using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Renkei.Core.Grants;
using Renkei.Web.Auth;
using Renkei.Web.Localization;

namespace Renkei.Web.Api;

/// <summary>
/// Grant programs for collaboration areas (市町村連携地域モデル事業): programs and their areas, the life of a grant
/// (application → 交付決定 → 交付 → 実績報告), the effect report (効果の検証) and the 360Giving open data.
/// </summary>
public static class GrantEndpoints
{
    public sealed record GrantProgramRequest(
        string? Name, string? Scheme, string? Purpose, int FirstFiscalYear, int LastFiscalYear, int LastAdoptionFiscalYear, long CapPerMember,
        int MaxSupportYears, int TypicalMinMembers, int TypicalMaxMembers, string? EligibilityNotes, AllocationRule Allocation, int? StatisticsYear,
        BenchmarkInput[]? Benchmarks, uint Version = 0)
    {
        internal ProgramInput Input() => new(Name ?? "", Scheme, Purpose, FirstFiscalYear, LastFiscalYear, LastAdoptionFiscalYear, CapPerMember,
            MaxSupportYears, TypicalMinMembers, TypicalMaxMembers, EligibilityNotes, Allocation, StatisticsYear, Benchmarks ?? []);
    }

    public sealed record CollaborationAreaRequest(
        string? Name, int StartFiscalYear, int? DeclaredMemberCount, SettlementRelation? SettlementRelation, DateOnly? AgreementOn,
        DateOnly? AgreementPublishedOn, DateOnly? VisionOn, int? VisionFromFiscalYear, int? VisionToFiscalYear, DateOnly? VisionPublishedOn,
        bool? StakeholdersHeard, string? Note, uint Version = 0)
    {
        internal AreaInput Input() => new(Name ?? "", StartFiscalYear, DeclaredMemberCount, SettlementRelation, AgreementOn, AgreementPublishedOn,
            VisionOn, VisionFromFiscalYear, VisionToFiscalYear, VisionPublishedOn, StakeholdersHeard, Note);
    }

    public sealed record AreaMemberRequest(int MunicipalityId, DateOnly? JoinedOn, uint Version);

    public sealed record AreaMemberEndRequest(DateOnly? LeftOn, uint Version);

    public sealed record AreaFieldRequest(VisionField Field, string? Projects, uint Version);

    public sealed record AreaSecretariatRequest(int FiscalYear, int MunicipalityId, string? Note, uint Version);

    public sealed record AreaMilestoneRequest(AreaMilestoneKind Kind, DateOnly On, string? Note, uint Version);

    public sealed record GrantApplicationRequest(int FiscalYear, DateOnly AppliedOn, ShareAmount[]? Shares, ProjectPlan[]? Projects);

    public sealed record GrantAwardRequest(DateOnly AwardedOn, string? Conditions, DateOnly? ReportDueOn, ShareAmount[]? Shares, uint Version);

    public sealed record DisbursementRequest(int MunicipalityId, DateOnly PaidOn, long Amount, uint Version);

    public sealed record GrantReportRequest(DateOnly ReceivedOn, string? Summary, ProjectResult[]? Projects, ShareAmount[]? Used, uint Version);

    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static RouteGroupBuilder MapGrantEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/grant-programs").WithTags("Grants");

        group.MapGet("/", async (ClaimsPrincipal user, GrantProgramService service, CancellationToken ct) =>
            TypedResults.Ok(await service.ListAsync(user.RequireActor(), ct)))
            .WithSummary("The grant programs of the caller's prefecture, with the number of areas the caller may read.");
        group.MapPost("/", async (GrantProgramRequest body, ClaimsPrincipal user, GrantProgramService service, CancellationToken ct) =>
        {
            var id = await service.CreateAsync(user.RequireActor(), body.Input(), ct);
            return TypedResults.Created($"/api/v1/grant-programs/{id}", new SurveyEndpoints.CreatedResponse(id));
        }).WithSummary("Registers a program (the prefecture's secretariat): years, last year of adoption, cap per member, support years, allocation rule, benchmarks.");
        group.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, GrantProgramService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(user.RequireActor(), id, ct)))
            .WithSummary("A program with the areas the caller may read (a municipality: its own) and canManage.");
        group.MapPut("/{id:int}", async Task<NoContent> (int id, GrantProgramRequest body, ClaimsPrincipal user, GrantProgramService service, CancellationToken ct) =>
        {
            await service.UpdateAsync(user.RequireActor(), id, body.Input(), body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Changes a program (secretariat); stale version → 409.");
        group.MapGet("/{id:int}/report", async (int id, ClaimsPrincipal user, EffectReportService service, CancellationToken ct) =>
            TypedResults.Ok(await service.BuildAsync(user.RequireActor(), id, ct)))
            .WithSummary("効果の検証: areas by start year, average size beside the benchmarks, fields, relation to 定住自立圏, money by year and field, secretariats, gaps.");
        group.MapGet("/{id:int}/report.xlsx", ReportXlsxAsync).WithSummary("The effect report as a workbook.");
        group.MapGet("/{id:int}/report.docx", ReportDocxAsync).WithSummary("The effect report as an A4 Word document.");
        group.MapGet("/{id:int}/grants.360giving.json", GivingJsonAsync)
            .WithSummary("The program's decided grants as a 360Giving data package (one grant per member municipality).");
        group.MapGet("/{id:int}/grants.360giving.csv", GivingCsvAsync).WithSummary("The same grants in the 360Giving flat CSV columns.");

        group.MapPost("/{id:int}/areas", async (int id, CollaborationAreaRequest body, ClaimsPrincipal user, CollaborationAreaService service, CancellationToken ct) =>
        {
            var areaId = await service.CreateAsync(user.RequireActor(), id, body.Input(), ct);
            return TypedResults.Created($"/api/v1/grant-programs/areas/{areaId}", new SurveyEndpoints.CreatedResponse(areaId));
        }).WithSummary("Registers a collaboration area (secretariat); none starting after the program's last year of adoption.");
        group.MapGet("/areas/{areaId:int}", async (int areaId, ClaimsPrincipal user, CollaborationAreaService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(user.RequireActor(), areaId, ct)))
            .WithSummary("An area with members, fields, secretariats, steps and grants; applicableFiscalYears says where the caller may apply.");
        group.MapPut("/areas/{areaId:int}", async Task<NoContent> (int areaId, CollaborationAreaRequest body, ClaimsPrincipal user, CollaborationAreaService service, CancellationToken ct) =>
        {
            await service.UpdateAsync(user.RequireActor(), areaId, body.Input(), body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Changes an area's record: agreement, vision, publication, relation to 定住自立圏 (secretariat); stale version → 409.");
        group.MapPost("/areas/{areaId:int}/members", async Task<NoContent> (int areaId, AreaMemberRequest body, ClaimsPrincipal user, CollaborationAreaService service, CancellationToken ct) =>
        {
            await service.AddMemberAsync(user.RequireActor(), areaId, new AreaMemberInput(body.MunicipalityId, body.JoinedOn), body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Adds a member municipality, optionally from a day (枠組みの柔軟化); the area's version.");
        group.MapPost("/areas/{areaId:int}/members/{areaMemberId:int}/end", async Task<NoContent> (int areaId, int areaMemberId, AreaMemberEndRequest body, ClaimsPrincipal user, CollaborationAreaService service, CancellationToken ct) =>
        {
            await service.EndMemberAsync(user.RequireActor(), areaId, areaMemberId, body.LeftOn, body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("A member leaves on a day; without a day, one never granted nor secretariat is removed as entered by mistake.");
        group.MapPost("/areas/{areaId:int}/fields", async Task<NoContent> (int areaId, AreaFieldRequest body, ClaimsPrincipal user, CollaborationAreaService service, CancellationToken ct) =>
        {
            await service.AddFieldAsync(user.RequireActor(), areaId, new AreaFieldInput(body.Field, body.Projects), body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Adds a field of the agreement or vision with its projects.");
        group.MapDelete("/areas/{areaId:int}/fields/{fieldId:int}", async Task<NoContent> (int areaId, int fieldId, uint? version, ClaimsPrincipal user, CollaborationAreaService service, CancellationToken ct) =>
        {
            await service.RemoveFieldAsync(user.RequireActor(), areaId, fieldId, version ?? 0, ct);
            return TypedResults.NoContent();
        }).WithSummary("Removes a field (?version= of the area).");
        group.MapPut("/areas/{areaId:int}/secretariats", async Task<NoContent> (int areaId, AreaSecretariatRequest body, ClaimsPrincipal user, CollaborationAreaService service, CancellationToken ct) =>
        {
            await service.SetSecretariatAsync(user.RequireActor(), areaId, new AreaSecretariatInput(body.FiscalYear, body.MunicipalityId, body.Note), body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Sets the secretariat municipality (事務局) of a fiscal year: a member in that year; it applies and reports for the area.");
        group.MapPost("/areas/{areaId:int}/milestones", async Task<NoContent> (int areaId, AreaMilestoneRequest body, ClaimsPrincipal user, CollaborationAreaService service, CancellationToken ct) =>
        {
            await service.AddMilestoneAsync(user.RequireActor(), areaId, new AreaMilestoneInput(body.Kind, body.On, body.Note), body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("Records a dated step: 協定の変更, 意見聴取, 議会の議決, 連携協約の締結, ビジョンの改定.");
        group.MapDelete("/areas/{areaId:int}/milestones/{milestoneId:int}", async Task<NoContent> (int areaId, int milestoneId, uint? version, ClaimsPrincipal user, CollaborationAreaService service, CancellationToken ct) =>
        {
            await service.RemoveMilestoneAsync(user.RequireActor(), areaId, milestoneId, version ?? 0, ct);
            return TypedResults.NoContent();
        }).WithSummary("Removes a step (?version= of the area).");

        group.MapPost("/areas/{areaId:int}/grants", async (int areaId, GrantApplicationRequest body, ClaimsPrincipal user, GrantService service, CancellationToken ct) =>
        {
            var grantId = await service.ApplyAsync(user.RequireActor(), areaId, new ApplicationInput(body.FiscalYear, body.AppliedOn, body.Shares ?? [], body.Projects ?? []), ct);
            return TypedResults.Created($"/api/v1/grant-programs/grants/{grantId}", new SurveyEndpoints.CreatedResponse(grantId));
        }).WithSummary("Applies for a fiscal year (the area's secretariat municipality of that year, or the program's secretariat): amounts per member, projects.");
        group.MapGet("/grants/{grantId:int}", async (int grantId, ClaimsPrincipal user, GrantService service, CancellationToken ct) =>
            TypedResults.Ok(await service.GetAsync(user.RequireActor(), grantId, ct)))
            .WithSummary("A grant with its shares, payments and projects; canDecide, canDisburse, canReport.");
        group.MapDelete("/grants/{grantId:int}", async Task<NoContent> (int grantId, uint? version, ClaimsPrincipal user, GrantService service, CancellationToken ct) =>
        {
            await service.WithdrawAsync(user.RequireActor(), grantId, version ?? 0, ct);
            return TypedResults.NoContent();
        }).WithSummary("Withdraws an application not yet decided (?version=).");
        group.MapPost("/grants/{grantId:int}/award", async Task<NoContent> (int grantId, GrantAwardRequest body, ClaimsPrincipal user, GrantService service, CancellationToken ct) =>
        {
            await service.DecideAsync(user.RequireActor(), grantId, new AwardInput(body.AwardedOn, body.Conditions, body.ReportDueOn, body.Shares ?? []), body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("交付決定 (secretariat): the amount per member within the cap (or the area total under the flexible rule), the report's due date after the fiscal year.");
        group.MapPost("/grants/{grantId:int}/disbursements", async Task<NoContent> (int grantId, DisbursementRequest body, ClaimsPrincipal user, GrantService service, CancellationToken ct) =>
        {
            await service.DisburseAsync(user.RequireActor(), grantId, new DisbursementInput(body.MunicipalityId, body.PaidOn, body.Amount), body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("交付 (secretariat): a payment to a member, never above its award.");
        group.MapPost("/grants/{grantId:int}/report", async Task<NoContent> (int grantId, GrantReportRequest body, ClaimsPrincipal user, GrantService service, CancellationToken ct) =>
        {
            await service.ReportAsync(user.RequireActor(), grantId, new ReportInput(body.ReceivedOn, body.Summary, body.Projects ?? [], body.Used ?? []), body.Version, ct);
            return TypedResults.NoContent();
        }).WithSummary("実績報告 (the area's secretariat municipality of the year): results per project and the amount used per member; the rest is returned.");
        return api;
    }

    /// <summary>The same documents for the pages, under <c>/exports</c> with the sign-in cookie.</summary>
    public static RouteGroupBuilder MapGrantExports(this RouteGroupBuilder exports)
    {
        exports.MapGet("/grant-programs/{id:int}/report.xlsx", ReportXlsxAsync);
        exports.MapGet("/grant-programs/{id:int}/report.docx", ReportDocxAsync);
        exports.MapGet("/grant-programs/{id:int}/grants.360giving.json", GivingJsonAsync);
        exports.MapGet("/grant-programs/{id:int}/grants.360giving.csv", GivingCsvAsync);
        return exports;
    }

    /// <summary>The effect report's workbook and document are in the caller's language (the culture cookie), names as entered.</summary>
    private static async Task<FileContentHttpResult> ReportXlsxAsync(int id, ClaimsPrincipal user, EffectReportService service, CancellationToken ct)
    {
        var wording = Wordings.For();
        return TypedResults.File(EffectReportDocuments.Xlsx(await service.BuildAsync(user.RequireActor(), id, ct), wording), XlsxContentType, $"{wording.Say("効果の検証")}.xlsx");
    }

    private static async Task<FileContentHttpResult> ReportDocxAsync(int id, ClaimsPrincipal user, EffectReportService service, TimeProvider clock, CancellationToken ct)
    {
        var wording = Wordings.For();
        return TypedResults.File(EffectReportDocuments.Docx(await service.BuildAsync(user.RequireActor(), id, ct), Core.Calendar.JapanDate.Today(clock), wording),
            DocxContentType, $"{wording.Say("効果の検証")}.docx");
    }

    private static async Task<FileContentHttpResult> GivingJsonAsync(int id, ClaimsPrincipal user, GivingExportService service, CancellationToken ct) =>
        TypedResults.File(await service.JsonAsync(user.RequireActor(), id, ct), "application/json", "grants.360giving.json");

    private static async Task<FileContentHttpResult> GivingCsvAsync(int id, ClaimsPrincipal user, GivingExportService service, CancellationToken ct) =>
        TypedResults.File(await service.CsvAsync(user.RequireActor(), id, ct), "text/csv; charset=utf-8", "grants.360giving.csv");
}
