using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Testing;

namespace Renkei.Web.Tests.Surveys;

public class SurveyApiTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    private static object Survey(int fiscalYear) => new
    {
        fiscalYear, title = $"{fiscalYear}年度 連携課題・ニーズ調査",
        municipalOpensOn = $"{fiscalYear}-05-29", municipalClosesOn = $"{fiscalYear}-06-23",
        departmentOpensOn = $"{fiscalYear}-06-07", departmentClosesOn = $"{fiscalYear}-06-23",
    };

    [Fact]
    public async Task The_secretariat_creates_opens_and_closes_a_survey_with_the_standard_catalogue()
    {
        var client = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var created = await client.PostAsJsonAsync("/api/v1/surveys", Survey(2026));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        var categories = await client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{id}/categories");
        Assert.Equal(15, categories.GetArrayLength());
        Assert.Equal("Policy", categories[0].GetProperty("section").GetString());
        Assert.Equal(2, categories.EnumerateArray().Count(c => c.GetProperty("isOther").GetBoolean()));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync($"/api/v1/surveys/{id}/open", new { version = await client.VersionAtAsync($"/api/v1/surveys/{id}") })).StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/surveys");
        var survey = list.EnumerateArray().Single(s => s.GetProperty("id").GetInt32() == id);
        Assert.Equal("Open", survey.GetProperty("status").GetString());
        Assert.Equal("2026-05-29", survey.GetProperty("municipalOpensOn").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync($"/api/v1/surveys/{id}/close", new { version = await client.VersionAtAsync($"/api/v1/surveys/{id}") })).StatusCode);
    }

    [Fact]
    public async Task Others_may_not_create_and_a_duplicate_year_is_a_clear_400()
    {
        var municipal = await factory.ApiClientAsync(DemoAccounts.YamagataCity);
        Assert.Equal(HttpStatusCode.Forbidden, (await municipal.PostAsJsonAsync("/api/v1/surveys", Survey(2027))).StatusCode);

        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        (await secretariat.PostAsJsonAsync("/api/v1/surveys", Survey(2028))).EnsureSuccessStatusCode();
        var duplicate = await secretariat.PostAsJsonAsync("/api/v1/surveys", Survey(2028));
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("既に作成", (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.PostAsJsonAsync("/api/v1/surveys/999999/open", new { version = 0 })).StatusCode);
    }
}
