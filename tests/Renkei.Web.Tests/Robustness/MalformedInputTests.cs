using System.Text.Json;
using Xunit.Abstractions;
using Renkei.Web.Tests.Localization;

namespace Renkei.Web.Tests.Robustness;

/// <summary>
/// Every operation of the OpenAPI document gets its generated malformed requests (<see cref="MalformedInputCorpus"/>),
/// sent as a persona allowed to call it: each must be a 4xx problem with a Japanese title and detail (English with the
/// English culture cookie), never a 5xx,
/// and afterwards every table reads back exactly as before.
/// </summary>
public class MalformedInputTests(RobustnessPortal portal, ITestOutputHelper output) : IClassFixture<RobustnessPortal>
{
    [Fact]
    public Task Every_malformed_request_is_a_Japanese_4xx_problem_and_changes_nothing() => SendAllAsync(english: false);

    /// <summary>With the culture cookie the pages set for English, the same problems come in English.</summary>
    [Fact]
    public Task In_english_every_malformed_request_is_an_english_4xx_problem_and_changes_nothing() => SendAllAsync(english: true);

    private async Task SendAllAsync(bool english)
    {
        var cases = portal.Surface.Operations.SelectMany(o => MalformedInputCorpus.For(portal.Surface, o, portal.World)).ToList();
        Assert.True(cases.Count >= 1_000, $"only {cases.Count} cases");
        foreach (var persona in Personas.All.Where(p => p.Email is not null))
        {
            await portal.ClientAsync(persona.Email); // sign-ins first: they touch the accounts table
        }
        var before = await DatabaseFingerprint.TakeAsync(portal.ConnectionString);

        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        foreach (var c in cases)
        {
            var client = await portal.PersonaAsync(AuthorizationMatrix.CallerFor(c.Operation));
            using var request = new HttpRequestMessage(new HttpMethod(c.Operation.Method), c.Url) { Content = c.Content() };
            // As curl does for large bodies: an oversize body is refused before it is sent, so the 413 can be read.
            request.Headers.ExpectContinue = request.Content is not null;
            if (english)
            {
                request.Headers.Add("Cookie", EnglishCookie.Header);
            }
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var problem = await ProblemCheck.DescribeAsync(response, english);
            if (status is < 400 or >= 500 || problem is not null)
            {
                failures.Add($"{c}: {status} {problem ?? ""}");
            }
        }
        var after = await DatabaseFingerprint.TakeAsync(portal.ConnectionString);

        output.WriteLine($"{cases.Count} malformed requests over {portal.Surface.Operations.Count} operations: " +
            string.Join(", ", statuses.Select(s => $"{s.Value} × {s.Key}")));
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} answered wrongly:\n" + string.Join("\n", failures.Take(80)));
        Assert.Empty(DatabaseFingerprint.Differences(before, after));
    }

}

/// <summary>
/// What is wrong with a 4xx answer: not problem details, or a title or detail not in the language asked for. In
/// English, Japanese may appear only inside quotes (a name or a value as entered); the errors by field are read too.
/// </summary>
public static partial class ProblemCheck
{
    public static async Task<string?> DescribeAsync(HttpResponseMessage response, bool english = false)
    {
        var status = (int)response.StatusCode;
        if (status is < 400 or >= 600)
        {
            return null;
        }
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"not a problem ({response.Content.Headers.ContentType?.MediaType}): {Cut(body)}";
        }
        using var json = JsonDocument.Parse(body);
        var title = json.RootElement.TryGetProperty("title", out var t) ? t.GetString() : null;
        var detail = json.RootElement.TryGetProperty("detail", out var d) ? d.GetString() : null;
        if (!english)
        {
            return IsJapanese(title) && IsJapanese(detail) ? null : $"not in Japanese: {Cut(body)}";
        }
        var errors = json.RootElement.TryGetProperty("errors", out var e)
            ? e.EnumerateObject().SelectMany(f => f.Value.EnumerateArray().Select(m => m.GetString())).ToList()
            : [];
        return title is null || detail is null || new[] { title, detail }.Concat(errors).Any(m => IsJapanese(Quoted().Replace(m ?? "", "")))
            ? $"not in English: {Cut(body)}"
            : null;
    }

    private static bool IsJapanese(string? text) => text is not null && text.Any(c => c >= '\u3000');

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;

    [System.Text.RegularExpressions.GeneratedRegex("\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex Quoted();
}
