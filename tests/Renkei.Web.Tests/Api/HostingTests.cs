using System.Net;
using Renkei.Testing;

namespace Renkei.Web.Tests.Api;

public class HostingTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    [Fact]
    public async Task Health_checks_the_database()
    {
        var response = await factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/municipalities/{code}/contact", document);
        Assert.Contains("/api/v1/users", document);
        Assert.Contains("/api/v1/auth/login", document);
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
