using Renkei.Testing;

namespace Renkei.Web.Tests.Hosting;

/// <summary>Headers on pages, the API and files; the browser journeys check that the pages run under the CSP.</summary>
public class SecurityHeaderTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : "";

    [Theory]
    [InlineData("/login")]
    [InlineData("/api/v1/municipalities")]
    [InlineData("/no-such-page")]
    public async Task Every_answer_carries_the_security_headers_and_no_server_name(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'self'", csp);
        Assert.Contains("script-src 'self' 'nonce-", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("SAMEORIGIN", Header(response, "X-Frame-Options"));
        Assert.Equal("", Header(response, "Server"));
    }

    [Theory]
    [InlineData("/api/v1/me", "no-store")]
    [InlineData("/api/v1/meetings", "no-store")]
    [InlineData("/api/v1/municipalities", "no-cache, private")] // reference data: the browser's own cache, revalidated by ETag
    public async Task Signed_in_answers_are_never_stored_by_a_shared_cache(string path, string cacheControl)
    {
        var client = await factory.ApiClientAsync(DemoAccounts.YamagataCity);
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        Assert.Equal(cacheControl, Header(response, "Cache-Control"));
    }

    [Fact]
    public async Task The_page_a_script_loads_carries_the_nonce_of_its_policy()
    {
        var response = await factory.CreateClient().GetAsync("/login");
        var nonce = System.Text.RegularExpressions.Regex.Match(Header(response, "Content-Security-Policy"), "'nonce-([^']+)'").Groups[1].Value;
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"nonce=\"{System.Net.WebUtility.HtmlDecode(nonce)}\"", System.Net.WebUtility.HtmlDecode(html));
    }
}
