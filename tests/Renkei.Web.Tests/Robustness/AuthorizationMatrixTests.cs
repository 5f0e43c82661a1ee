using System.Text;
using Xunit.Abstractions;

namespace Renkei.Web.Tests.Robustness;

/// <summary>
/// Every operation of the OpenAPI document, called as anonymous and as each of the seven personas with a plausible
/// body on the world's real ids, must answer exactly as its row in <c>authorization-matrix.tsv</c> says (the two
/// cities, the two support offices and the department show the own/other-organisation split on the same ids), and
/// with another prefecture's ids in the path nobody gets a 2xx. A new endpoint without a row fails here; the
/// observed table is written beside the test output to review and copy.
/// </summary>
public class AuthorizationMatrixTests(RobustnessPortal portal, ITestOutputHelper output) : IClassFixture<RobustnessPortal>
{
    /// <summary>Operations anyone may call without signing in.</summary>
    // Open to everyone by design: signing in, the language switch and the public case pages (公開 cases only).
    private static readonly HashSet<string> Anonymous =
        ["POST /api/v1/auth/login", "POST /api/v1/auth/refresh", "GET /culture", "GET /api/v1/public/cases", "GET /api/v1/public/cases/{id}",
         "GET /api/v1/public/cases/{id}/attachments/{attachmentId}"];

    [Fact]
    public async Task Every_operation_answers_each_persona_as_the_matrix_says_and_never_crosses_prefectures()
    {
        var operations = portal.Surface.Operations
            .OrderBy(o => o.Method switch { "GET" => 0, "PUT" => 1, "POST" => 2, _ => 3 }).ThenBy(o => o.Path, StringComparer.Ordinal).ToList();
        var observed = new Dictionary<string, Dictionary<string, int>>();
        var failures = new List<string>();
        foreach (var operation in operations)
        {
            var row = observed[operation.Key] = new();
            foreach (var (persona, email) in Personas.All)
            {
                var status = await SendAsync(await portal.ClientAsync(email), operation, portal.World.Fill(operation.Path));
                row[persona] = status;
                if (status >= 500)
                {
                    failures.Add($"{operation.Key} as {persona}: {status}");
                }
                // Anonymous: 401 from the API, the sign-in page (302) from a browser address, or 404 for closed Identity endpoints.
                if (persona == Personas.Anonymous && !Anonymous.Contains(operation.Key) && status is not (401 or 404 or 302))
                {
                    failures.Add($"{operation.Key} as anonymous: {status} (expected 401)");
                }
            }
            if (!AuthorizationMatrix.Expected.TryGetValue(operation.Key, out var expected))
            {
                failures.Add($"{operation.Key} has no row in authorization-matrix.tsv (observed: {Row(operation.Key, row)})");
                continue;
            }
            foreach (var (persona, status) in row.Where(r => expected.GetValueOrDefault(r.Key) != r.Value))
            {
                failures.Add($"{operation.Key} as {persona}: {status}, the matrix says {expected.GetValueOrDefault(persona)}");
            }
        }
        foreach (var stale in AuthorizationMatrix.Expected.Keys.Except(observed.Keys))
        {
            failures.Add($"{stale} is in the matrix but not in the OpenAPI document: remove its row");
        }

        var other = await OtherPrefecture.CreateAsync(portal);
        var crossings = 0;
        foreach (var operation in operations.Where(o => other.Keys.Any(k => o.Path.Contains(k, StringComparison.Ordinal))))
        {
            foreach (var (persona, email) in Personas.All.Where(p => p.Email is not null))
            {
                crossings++;
                var status = await SendAsync(await portal.ClientAsync(email), operation, portal.World.Fill(operation.Path, other));
                if (status is < 400 or >= 500)
                {
                    failures.Add($"{operation.Key} as {persona} with 青森県's ids: {status}");
                }
            }
        }

        var table = new StringBuilder("# The expected status of every operation per persona; AuthorizationMatrixTests checks it.\n");
        table.AppendLine("operation\t" + string.Join('\t', Personas.All.Select(p => p.Name)));
        foreach (var (key, row) in observed.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            table.AppendLine(Row(key, row));
        }
        var written = Path.Combine(AppContext.BaseDirectory, "authorization-matrix.observed.tsv");
        await File.WriteAllTextAsync(written, table.ToString());
        output.WriteLine($"{operations.Count} operations × {Personas.All.Count} callers = {operations.Count * Personas.All.Count} calls, " +
            $"{crossings} with another prefecture's ids; observed table: {written}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static string Row(string key, Dictionary<string, int> row) => key + "\t" + string.Join('\t', Personas.All.Select(p => row[p.Name]));

    private async Task<int> SendAsync(HttpClient client, ApiOperation operation, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url);
        if (operation.BodyMediaType == "application/json" && operation.BodySchema is { } schema)
        {
            request.Content = new StringContent(SampleJson.For(portal.Surface, schema, portal.World)?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json");
        }
        else if (operation.BodyMediaType == "multipart/form-data")
        {
            var file = new ByteArrayContent(Renkei.Testing.SampleFiles.Pdf());
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            request.Content = new MultipartFormDataContent { { file, "file", "資料.pdf" } };
        }
        else if (operation.BodyMediaType == "text/csv")
        {
            request.Content = new StringContent("code,year,population\n", Encoding.UTF8, "text/csv");
        }
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }
}
