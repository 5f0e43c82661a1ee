using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Renkei.Testing;

namespace Renkei.Web.Tests.Robustness;

/// <summary>
/// Every persona's searches against the authorization rules: each hit is opened through the API as that persona and
/// must answer 200 — so no result comes from something the caller may not open, in this prefecture or another.
/// </summary>
public partial class SearchAuthorizationTests(RobustnessPortal portal) : IClassFixture<RobustnessPortal>
{
    /// <summary>Words that occur in the demo data and in the world the matrix builds (a need, a contact, a meeting, a material, a case…).</summary>
    private static readonly string[] Words = ["連携", "空き家", "生成テスト用", "資料", "協議会", "ボランティア", "地域医療"];

    private static readonly string[] Hokkaido = [DemoAccounts.HokkaidoSecretariat, DemoAccounts.EngaruTown];

    [Fact]
    public async Task Every_hit_of_every_persona_opens_for_that_persona()
    {
        var kindsBy = new Dictionary<string, HashSet<string>>();
        var hitsBy = new Dictionary<string, int>();
        foreach (var email in Personas.All.Select(p => p.Email).OfType<string>().Concat(Hokkaido))
        {
            var client = await portal.ClientAsync(email);
            var (kinds, hits) = (kindsBy[email] = [], 0);
            foreach (var word in Words)
            {
                using var answer = await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(word)}");
                Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
                var groups = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("groups");
                foreach (var group in groups.EnumerateArray())
                {
                    var kind = group.GetProperty("kind").GetString()!;
                    kinds.Add(kind);
                    foreach (var hit in group.GetProperty("hits").EnumerateArray())
                    {
                        hits++;
                        var api = ApiPathOf(kind, hit.GetProperty("id").GetInt32(), hit.GetProperty("href").GetString()!);
                        using var opened = await client.GetAsync(api);
                        Assert.True(opened.StatusCode == HttpStatusCode.OK, $"{email} found {kind} {hit.GetProperty("title")} for 「{word}」 but {api} answers {(int)opened.StatusCode}");
                    }
                }
            }
            hitsBy[email] = hits;
        }
        // The check is not empty: the secretariat finds every kind, and what others find is narrower.
        Assert.Equal(["Arrangement", "Case", "Contact", "Indicator", "Material", "Meeting", "Need", "Theme"], kindsBy[DemoAccounts.Secretariat].Order());
        Assert.DoesNotContain("Contact", kindsBy[DemoAccounts.YamagataCity]);
        Assert.All(Personas.All.Select(p => p.Email).OfType<string>(), e => Assert.True(hitsBy[e] <= hitsBy[DemoAccounts.Secretariat] || e == DemoAccounts.Secretariat));
        Assert.True(hitsBy[DemoAccounts.HokkaidoSecretariat] < hitsBy[DemoAccounts.Secretariat]);
    }

    /// <summary>The API operation that opens what a hit's page shows.</summary>
    private static string ApiPathOf(string kind, int id, string href) => kind switch
    {
        "Need" when AnswerPage().Match(href) is { Success: true } m => $"/api/v1/surveys/{m.Groups[1].Value}/responses/mine",
        "Need" when ResponsePage().Match(href) is { Success: true } m => $"/api/v1/surveys/{m.Groups[1].Value}/responses/{m.Groups[2].Value}",
        "Theme" => $"/api/v1/themes/{id}",
        "Meeting" => $"/api/v1/meetings/{id}",
        "Material" => $"/api/v1/meetings/{MeetingPage().Match(href).Groups[1].Value}/materials/{id}",
        "Case" => $"/api/v1/cases/{id}",
        "Arrangement" => $"/api/v1/arrangements/{id}",
        "Contact" => $"/api/v1/contact-log/{id}",
        "Indicator" => $"/api/v1/indicators/{id}",
        _ => throw new InvalidOperationException($"No API opens a {kind} at {href}."),
    };

    [GeneratedRegex(@"^/surveys/(\d+)/answer$")]
    private static partial Regex AnswerPage();

    [GeneratedRegex(@"^/surveys/(\d+)/responses/(\d+)$")]
    private static partial Regex ResponsePage();

    [GeneratedRegex(@"^/council/meetings/(\d+)#materials$")]
    private static partial Regex MeetingPage();
}
