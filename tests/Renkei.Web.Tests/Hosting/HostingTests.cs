using System.Net;
using Renkei.Testing;

namespace Renkei.Web.Tests.Hosting;

public class HostingTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    [Fact]
    public async Task Health_checks_the_database()
    {
        var response = await factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/v1/auth/login")]
    [InlineData("/api/v1/users")]
    [InlineData("/api/v1/municipalities/{code}/contact")]
    [InlineData("/api/v1/surveys")]
    [InlineData("/api/v1/surveys/{id}/responses/mine")]
    [InlineData("/api/v1/surveys/{id}/responses/mine/items")]
    [InlineData("/api/v1/surveys/{id}/responses/mine/items/{itemId}")]
    [InlineData("/api/v1/surveys/{id}/responses/mine/submit")]
    [InlineData("/api/v1/surveys/{id}/responses/{responseId}/return")]
    [InlineData("/api/v1/surveys/{id}/progress")]
    [InlineData("/api/v1/surveys/{id}/summary")]
    [InlineData("/api/v1/surveys/{id}/summary.xlsx")]
    [InlineData("/api/v1/surveys/{id}/items.csv")]
    [InlineData("/api/v1/surveys/{id}/reminders")]
    [InlineData("/api/v1/themes")]
    [InlineData("/api/v1/themes/{id}")]
    [InlineData("/api/v1/themes/{id}/transitions")]
    [InlineData("/api/v1/themes/{id}/needs")]
    [InlineData("/api/v1/triage")]
    [InlineData("/api/v1/triage/{itemId}")]
    [InlineData("/api/v1/bodies")]
    [InlineData("/api/v1/cycles/{fiscalYear}")]
    [InlineData("/api/v1/cycles/{fiscalYear}.ics")]
    [InlineData("/api/v1/meetings")]
    [InlineData("/api/v1/meetings/{id}")]
    [InlineData("/api/v1/meetings/{id}/agenda")]
    [InlineData("/api/v1/meetings/{id}/minutes/confirm")]
    [InlineData("/api/v1/meetings/{id}/agenda.docx")]
    [InlineData("/api/v1/meetings/{id}/minutes.docx")]
    [InlineData("/api/v1/meetings/{id}/written-answers")]
    [InlineData("/api/v1/meetings/{id}/materials")]
    [InlineData("/api/v1/meetings/{id}/agenda/{itemId}/materials")]
    [InlineData("/api/v1/meetings/{id}/materials/{materialId}")]
    [InlineData("/api/v1/meetings/{id}/materials-deadline")]
    [InlineData("/api/v1/meetings/{id}/packet.zip")]
    [InlineData("/api/v1/meetings/{id}/attendance")]
    [InlineData("/api/v1/themes/{id}/working-team")]
    [InlineData("/api/v1/schedule-template")]
    [InlineData("/api/v1/schedule-template/{id}")]
    [InlineData("/api/v1/calendar-subscription")]
    public async Task The_OpenAPI_document_describes_each_endpoint(string path)
    {
        using var document = System.Text.Json.JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        Assert.True(document.RootElement.GetProperty("paths").TryGetProperty(path, out _), path);
    }

    [Fact]
    public async Task An_unknown_page_shows_a_friendly_page_and_an_unknown_API_path_a_problem()
    {
        var client = factory.CreateClient();
        var page = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("ページが見つかりません", await page.Content.ReadAsStringAsync());

        var api = await (await factory.ApiClientAsync(DemoAccounts.Secretariat)).GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }
}
