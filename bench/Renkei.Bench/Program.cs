using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Renkei.Bench;
using Renkei.Core.Accounts;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;

// dotnet run -c Release --project bench/Renkei.Bench [-- municipalities years iterations]
var municipalities = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1741;
var years = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var iterations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;

// Outside a test runner the factory cannot find the web project's content root by itself.
var repository = new DirectoryInfo(AppContext.BaseDirectory);
while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "Renkei.sln")))
{
    repository = repository.Parent;
}
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_RENKEI_WEB", Path.Combine(repository!.FullName, "src", "Renkei.Web"));

await using var portal = new BenchPortal();
await portal.InitializeAsync();
Console.WriteLine($"Generating {municipalities} municipalities × {years} fiscal years …");
var data = await new NationalDataGenerator(portal.ConnectionString).GenerateAsync(municipalities, years);
Console.WriteLine($"  {data.Prefectures} prefectures, {data.Municipalities:N0} municipalities, {data.Surveys} surveys, {data.Responses:N0} responses, {data.Items:N0} items in {data.Took.TotalSeconds:0.0} s");

// The secretariat of the largest prefecture, as an actor (service) and as a signed-in API user (endpoints).
const string email = "bench-secretariat@renkei.example";
const string password = "Bench#Secretariat2026";
using (var scope = portal.Services.CreateScope())
{
    var users = scope.ServiceProvider.GetRequiredService<UserManager<RenkeiUser>>();
    var user = new RenkeiUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "ベンチ 事務局", OrganisationId = data.TargetSecretariatId };
    if (!(await users.CreateAsync(user, password)).Succeeded || !(await users.AddToRoleAsync(user, Roles.Secretariat)).Succeeded)
    {
        throw new InvalidOperationException("Could not create the benchmark user.");
    }
}
var actor = new Actor(Guid.NewGuid(), "ベンチ 事務局", data.TargetSecretariatId, OrganisationType.Department, data.TargetPrefectureId, Roles.Secretariat);
var client = await portal.ApiClientAsync(email, password);
var summaries = portal.Services.GetRequiredService<SurveySummaryService>();
await using var dataSource = NpgsqlDataSource.Create(portal.ConnectionString);
var raw = new RawSummary(dataSource);

// Both ways must give the same table before their speed means anything.
var viaService = await summaries.GetAsync(actor, data.TargetSurveyId);
var viaSql = await raw.RunAsync(data.TargetPrefectureId, data.TargetSurveyId);
var serviceJson = System.Text.Json.JsonSerializer.Serialize(viaService);
if (serviceJson != System.Text.Json.JsonSerializer.Serialize(viaSql))
{
    throw new InvalidOperationException("Raw SQL and the service disagree.");
}
var endpoint = $"/api/v1/surveys/{data.TargetSurveyId}/summary";
var rawEndpoint = $"/bench/raw-summary/{data.TargetPrefectureId}/{data.TargetSurveyId}";
if (await client.GetStringAsync(endpoint) != await client.GetStringAsync(rawEndpoint))
{
    throw new InvalidOperationException("The two endpoints disagree.");
}
Console.WriteLine($"Measured: {viaService.Title} of 北海道 — {viaService.Municipal.Total:N0} municipal items from {viaService.Municipal.Respondents} municipalities, {viaService.Departments.Total} prefectural; {iterations} calls each after warm-up");

async Task<byte[]> Get(string path)
{
    using var response = await client.GetAsync(path);
    response.EnsureSuccessStatusCode();
    return await response.Content.ReadAsByteArrayAsync();
}

var results = await Measure.InterleavedAsync(iterations,
    ("raw SQL (Npgsql, one statement)", async () => await raw.RunAsync(data.TargetPrefectureId, data.TargetSurveyId)),
    ("SurveySummaryService (EF Core)", async () => await summaries.GetAsync(actor, data.TargetSurveyId)),
    ("raw SQL over HTTP (same pipeline)", async () => await Get(rawEndpoint)),
    ("GET /api/v1/surveys/{id}/summary", async () => await Get(endpoint)));
var (rawSql, service, rawHttp, summaryHttp) = (results[0], results[1], results[2], results[3]);

Console.WriteLine();
Console.WriteLine($"{"",-36} {"median",9} {"mean",9} {"p95",9}");
foreach (var r in new[] { rawSql, service, rawHttp, summaryHttp })
{
    Console.WriteLine($"{r.Name,-36} {r.Median,7:0.00}ms {r.Mean,7:0.00}ms {r.P95,7:0.00}ms");
}
Console.WriteLine();
Console.WriteLine($"summary endpoint / raw SQL endpoint (target ≤ 1.5×): {summaryHttp.Median / rawHttp.Median:0.00}×");
Console.WriteLine($"service / raw SQL (data access alone):              {service.Median / rawSql.Median:0.00}×");

// Triage search over the prefecture's ten years of needs (trigram-indexed ILIKE on Japanese text).
var triage = portal.Services.GetRequiredService<Renkei.Core.Themes.TriageService>();
var found = await triage.ListAsync(actor, new Renkei.Core.Themes.TriageFilter(Query: "空き家"));
var search = await Measure.InterleavedAsync(Math.Max(50, iterations / 5),
    ("triage search 「空き家」 (all years)", async () => await triage.ListAsync(actor, new Renkei.Core.Themes.TriageFilter(Query: "空き家"))),
    ("triage list of one survey (no search)", async () => await triage.ListAsync(actor, new Renkei.Core.Themes.TriageFilter(SurveyId: data.TargetSurveyId))));
Console.WriteLine();
Console.WriteLine($"Triage at national scale ({found.Count:N0} needs match 「空き家」 in 北海道, capped at {Renkei.Core.Themes.TriageService.MaxRows:N0}):");
foreach (var r in search)
{
    Console.WriteLine($"{r.Name,-36} {r.Median,7:0.00}ms {r.Mean,7:0.00}ms {r.P95,7:0.00}ms");
}
await using (var explain = dataSource.CreateCommand(
    "EXPLAIN SELECT id FROM need_items WHERE search_text ILIKE '%空き家%'"))
await using (var plan = await explain.ExecuteReaderAsync())
{
    Console.WriteLine("Plan of the text match alone:");
    while (await plan.ReadAsync())
    {
        Console.WriteLine("  " + plan.GetString(0));
    }
}

await CaseSearchBench.RunAsync(portal, actor, dataSource, Math.Max(50, iterations / 5));
int townId;
await using (var db = await portal.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Renkei.Core.Data.RenkeiDbContext>>().CreateDbContextAsync())
{
    townId = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.MinAsync(db.Municipalities.Where(m => m.PrefectureId == data.TargetPrefectureId), m => m.Id);
}
await SearchBench.RunAsync(portal, actor, new Actor(Guid.NewGuid(), "ベンチ 町", townId, OrganisationType.Municipality, data.TargetPrefectureId, Roles.MunicipalStaff), Math.Max(50, iterations / 5));
await MaterialsBench.RunAsync(portal);
await GrantReportBench.RunAsync(portal, actor, Math.Max(50, iterations / 5));
await AuditTrailBench.RunAsync(portal, actor, Math.Max(50, iterations / 5));

internal sealed record Measurement(string Name, double Median, double Mean, double P95);

internal static class Measure
{
    /// <summary>
    /// Warms every call up, then times them in turns (each round in a rotated order) so that drift on a busy
    /// two-core machine falls on all of them alike; figures in milliseconds.
    /// </summary>
    public static async Task<Measurement[]> InterleavedAsync(int iterations, params (string Name, Func<Task> Call)[] calls)
    {
        foreach (var (_, call) in calls)
        {
            for (var i = 0; i < Math.Max(50, iterations / 5); i++)
            {
                await call();
            }
        }
        var times = calls.Select(_ => new double[iterations]).ToArray();
        for (var i = 0; i < iterations; i++)
        {
            for (var k = 0; k < calls.Length; k++)
            {
                var c = (i + k) % calls.Length;
                var started = Stopwatch.GetTimestamp();
                await calls[c].Call();
                times[c][i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }
        return calls.Select((c, k) =>
        {
            Array.Sort(times[k]);
            return new Measurement(c.Name, times[k][iterations / 2], times[k].Average(), times[k][(int)(iterations * 0.95)]);
        }).ToArray();
    }
}
