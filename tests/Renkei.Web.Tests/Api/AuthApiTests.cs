using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Testing;

namespace Renkei.Web.Tests.Api;

public class AuthApiTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    [Fact]
    public async Task Login_returns_a_bearer_token_that_opens_the_API()
    {
        var client = await factory.ApiClientAsync(DemoAccounts.YamagataCity);
        var municipalities = await client.GetFromJsonAsync<JsonElement>("/api/v1/municipalities");
        Assert.Equal(35, municipalities.GetArrayLength());

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("山形市", me.GetProperty("organisationName").GetString());
        Assert.Equal("MunicipalStaff", me.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/auth/manage/info")).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_API_answers_401_as_problem_details()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/municipalities");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_wrong_password_is_refused()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = DemoAccounts.TsuruokaCity, password = "wrong-password" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Five_failures_lock_the_account()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/v1/auth/login", new { email = DemoAccounts.ShonaiSupport, password = "wrong-password" });
        }
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = DemoAccounts.ShonaiSupport, password = DemoAccounts.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("LockedOut", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/v1/auth/register")]
    [InlineData("/api/v1/auth/forgotPassword")]
    [InlineData("/api/v1/auth/resetPassword")]
    [InlineData("/api/v1/auth/manage/2fa")]
    public async Task Self_registration_and_other_Identity_endpoints_are_not_exposed(string path)
    {
        var response = await factory.CreateClient().PostAsJsonAsync(path, new { email = "new@renkei.example", password = "Renkei#Strong2026" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("管理者", problem.GetProperty("detail").GetString());
    }
}
