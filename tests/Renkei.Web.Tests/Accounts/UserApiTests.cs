using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Testing;

namespace Renkei.Web.Tests.Accounts;

public class UserApiTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    [Theory]
    [InlineData(DemoAccounts.Secretariat)]
    [InlineData(DemoAccounts.YamagataCity)]
    [InlineData(DemoAccounts.TsuruokaCity)]
    [InlineData(DemoAccounts.MurayamaSupport)]
    [InlineData(DemoAccounts.ShonaiSupport)]
    [InlineData(DemoAccounts.KenkoFukushi)]
    public async Task Only_the_administrator_lists_users(string email)
    {
        var client = await factory.ApiClientAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task The_administrator_creates_a_user_who_can_log_in()
    {
        var admin = await factory.ApiClientAsync(DemoAccounts.Admin);
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users");
        Assert.Equal(10, users.GetArrayLength()); // the demo accounts of 山形県, its deployment administrator included
        var organisationId = users.EnumerateArray().First(u => u.GetProperty("email").GetString() == DemoAccounts.TsuruokaCity).GetProperty("organisationId").GetInt32();

        var created = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email = "tsuruoka-2@renkei.example", displayName = "鶴岡市 二人目", organisationId, role = "MunicipalStaff", password = "Tsuruoka#Second2026",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var newcomer = await factory.ApiClientAsync("tsuruoka-2@renkei.example", "Tsuruoka#Second2026");
        var me = await newcomer.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("鶴岡市", me.GetProperty("organisationName").GetString());
    }

    [Fact]
    public async Task Invalid_accounts_are_refused_with_field_errors()
    {
        var admin = await factory.ApiClientAsync(DemoAccounts.Admin);
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email = "", displayName = "", organisationId = 0, role = "Nobody", password = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Email", out _));
        Assert.True(errors.TryGetProperty("Role", out _));
    }
}
