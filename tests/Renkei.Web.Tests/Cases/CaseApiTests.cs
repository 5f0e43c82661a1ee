using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Testing;

namespace Renkei.Web.Tests.Cases;

public class CaseApiTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    [Fact]
    public async Task A_case_goes_from_draft_through_review_to_the_public_api_and_a_confidential_one_stays_hidden()
    {
        var city = await factory.ApiClientAsync(DemoAccounts.YamagataCity);
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var tsuruoka = await factory.ApiClientAsync(DemoAccounts.TsuruokaCity);
        var anonymous = factory.CreateClient();
        var me = (await city.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("organisationId").GetInt32();

        async Task<int> ApprovedAsync(string title, string visibility)
        {
            var created = await city.PostAsJsonAsync("/api/v1/cases", new
            {
                title, summary = "ごみ収集の共同化で経費を削減", organisationIds = new[] { me }, visibility = "Internal", fields = new[] { "ごみ処理" },
                methods = new[] { "SharedOperations" }, results = new[] { new { indicator = "収集経費", before = "1.2億円", after = "0.9億円", source = "決算書" } },
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
            Assert.Equal(HttpStatusCode.NotFound, (await tsuruoka.GetAsync($"/api/v1/cases/{id}")).StatusCode); // a draft is its author's
            (await city.PostAsJsonAsync($"/api/v1/cases/{id}/submit", new { version = await city.VersionAtAsync($"/api/v1/cases/{id}") })).EnsureSuccessStatusCode();
            (await secretariat.PostAsJsonAsync($"/api/v1/cases/{id}/approve", new { visibility, version = await secretariat.VersionAtAsync($"/api/v1/cases/{id}") })).EnsureSuccessStatusCode();
            return id;
        }

        var open = await ApprovedAsync("ごみ収集の共同化（公開）", "Public");
        var secret = await ApprovedAsync("ごみ収集の共同化（部外秘）", "Confidential");

        var page = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/public/cases/{open}");
        Assert.Equal(("山形県", "0.9億円"), (page.GetProperty("prefecture").GetString(), page.GetProperty("results")[0].GetProperty("after").GetString()));
        Assert.False(page.TryGetProperty("returnReason", out _)); // the review stays inside
        foreach (var (client, path) in new[] { (anonymous, $"/api/v1/public/cases/{secret}"), (tsuruoka, $"/api/v1/cases/{secret}") })
        {
            var hidden = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Equal("application/problem+json", hidden.Content.Headers.ContentType?.MediaType);
        }
        var search = await tsuruoka.GetFromJsonAsync<JsonElement>("/api/v1/cases?text=" + Uri.EscapeDataString("ごみ収集"));
        Assert.Equal([open], search.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
        Assert.Equal(1, search.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("value").GetString() == "ごみ処理").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task A_stale_edit_and_a_bad_field_answer_with_japanese_problems_beside_the_field()
    {
        var city = await factory.ApiClientAsync(DemoAccounts.YamagataCity);
        var me = (await city.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("organisationId").GetInt32();
        var created = await city.PostAsJsonAsync("/api/v1/cases", new { title = "版の確認", summary = "概要", organisationIds = new[] { me }, visibility = "Internal" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var bad = await city.PutAsJsonAsync($"/api/v1/cases/{id}", new
        {
            title = "版の確認", summary = "概要", organisationIds = new[] { me }, visibility = "Internal",
            sources = new[] { new { title = "資料", url = "javascript:alert(1)" } }, version = await city.VersionAtAsync($"/api/v1/cases/{id}"),
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("https://", errors.GetProperty("Sources[0].Url")[0].GetString());

        var stale = await city.PutAsJsonAsync($"/api/v1/cases/{id}", new { title = "版の確認", summary = "概要", organisationIds = new[] { me }, visibility = "Internal", version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task The_public_page_is_static_html_with_open_graph_tags_and_an_unknown_case_is_404()
    {
        var city = await factory.ApiClientAsync(DemoAccounts.YamagataCity);
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var me = (await city.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("organisationId").GetInt32();
        var created = await city.PostAsJsonAsync("/api/v1/cases", new { title = "公開ページの確認 <b>", summary = "リンクの見え方を確かめる", organisationIds = new[] { me }, visibility = "Public" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await city.PostAsJsonAsync($"/api/v1/cases/{id}/submit", new { version = await city.VersionAtAsync($"/api/v1/cases/{id}") })).EnsureSuccessStatusCode();
        (await secretariat.PostAsJsonAsync($"/api/v1/cases/{id}/approve", new { visibility = "Public", version = await secretariat.VersionAtAsync($"/api/v1/cases/{id}") })).EnsureSuccessStatusCode();

        var anonymous = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await anonymous.GetAsync($"/public/cases/{id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<meta property=\"og:title\" content=\"公開ページの確認 &lt;b&gt;\"", html); // encoded, in the first response (no script needed)
        Assert.Contains("<meta property=\"og:description\" content=\"リンクの見え方を確かめる\"", html);

        var missing = await anonymous.GetAsync("/public/cases/99999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("href=\"/public/cases\"", await missing.Content.ReadAsStringAsync()); // back to the public list, not the signed-in home
    }
}
