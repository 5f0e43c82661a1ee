using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Testing;

namespace Renkei.Web.Tests.Themes;

public class ThemeApiTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

    [Fact]
    public async Task A_support_office_triages_makes_a_theme_and_the_secretariat_decides_it()
    {
        var office = await factory.ApiClientAsync(DemoAccounts.MurayamaSupport);
        var rows = await office.GetFromJsonAsync<JsonElement>("/api/v1/triage?state=Unreviewed&q=" + Uri.EscapeDataString("空き家"));
        var items = rows.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, r => Assert.Contains("空き家", r.GetProperty("title").GetString() + r.GetProperty("content").GetString()));
        var first = items[0];
        var second = (await office.GetFromJsonAsync<JsonElement>("/api/v1/triage?state=Unreviewed")).EnumerateArray()
            .First(r => r.GetProperty("organisationId").GetInt32() != first.GetProperty("organisationId").GetInt32());

        var local = await office.PostAsJsonAsync($"/api/v1/triage/{second.GetProperty("itemId").GetInt32()}", new { state = "HandledLocally", note = "" });
        Assert.Equal(HttpStatusCode.BadRequest, local.StatusCode);

        var created = await office.PostAsJsonAsync("/api/v1/themes", new
        {
            title = "若者移住の広域連携", summary = "空き家と移住相談",
            itemIds = new[] { first.GetProperty("itemId").GetInt32(), second.GetProperty("itemId").GetInt32() },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var skip = await office.PostAsJsonAsync($"/api/v1/themes/{id}/transitions", new { to = "Budgeted", reason = "急ぐ", version = await office.VersionAtAsync($"/api/v1/themes/{id}") });
        Assert.Equal(HttpStatusCode.BadRequest, skip.StatusCode);
        Assert.Contains("次は「決定」です", await DetailAsync(skip));

        var theme = await office.GetFromJsonAsync<JsonElement>($"/api/v1/themes/{id}");
        var version = theme.GetProperty("version").GetUInt32();
        var put = await office.PutAsJsonAsync($"/api/v1/themes/{id}", new
        {
            title = "若者移住の広域連携", deploymentMethod = "Pioneering", methods = new[] { "BudgetAndRoles", "NationalSchemes" },
            participantIds = theme.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToArray(), version,
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var stale = await office.PutAsJsonAsync($"/api/v1/themes/{id}", new { title = "古い版", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"/api/v1/themes/{id}/escalate", new { reason = "全県の課題", version = await office.VersionAtAsync($"/api/v1/themes/{id}") })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync($"/api/v1/themes/{id}/transitions", new { to = "Decided", reason = "決定", version = await office.VersionAtAsync($"/api/v1/themes/{id}") })).StatusCode);
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        Assert.Equal(HttpStatusCode.NoContent, (await secretariat.PostAsJsonAsync($"/api/v1/themes/{id}/transitions",
            new { to = "Decided", reason = "第1回会議", decisionText = "連携テーマとして決定", decisionDate = "2026-07-15", version = await secretariat.VersionAtAsync($"/api/v1/themes/{id}") })).StatusCode);

        var seen = await office.GetFromJsonAsync<JsonElement>($"/api/v1/themes/{id}"); // 全県 now: still readable, no longer steerable
        Assert.False(seen.GetProperty("canSteer").GetBoolean());
        Assert.Equal("Decided", seen.GetProperty("state").GetString());
        Assert.Equal(3, seen.GetProperty("timeline").GetArrayLength());
    }

    [Theory]
    [InlineData(DemoAccounts.YamagataCity, "/api/v1/triage", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.KenkoFukushi, "/api/v1/triage", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Admin, "/api/v1/triage", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.ShonaiSupport, "/api/v1/triage", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.KenkoFukushi, "/api/v1/themes", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.TsuruokaCity, "/api/v1/themes/999999", HttpStatusCode.NotFound)]
    public async Task Each_persona_reaches_what_it_should(string email, string path, HttpStatusCode expected)
    {
        var client = await factory.ApiClientAsync(email);
        Assert.Equal(expected, (await client.GetAsync(path)).StatusCode);
    }
}
