using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Renkei.Testing;

namespace Renkei.Web.Tests.Accounts;

/// <summary>Cookies and tokens follow the account: a new role, a lock or a reused refresh token ends them at once.</summary>
public class AccountSessionTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    private sealed record Tokens(string AccessToken, string RefreshToken);

    private async Task<(Guid Id, string Email)> NewAccountAsync(string role, string name)
    {
        var admin = await factory.ApiClientAsync(DemoAccounts.Admin);
        var secretariat = await (await factory.ApiClientAsync(DemoAccounts.Secretariat)).GetFromJsonAsync<JsonElement>("/api/v1/me");
        var email = $"{name}@renkei.example";
        var created = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email, displayName = name, organisationId = secretariat.GetProperty("organisationId").GetInt32(), role, password = "Renkei#Strong2026",
        });
        created.EnsureSuccessStatusCode();
        return ((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), email);
    }

    private async Task<Tokens> LoginAsync(string email)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Renkei#Strong2026" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Tokens>())!;
    }

    private HttpClient Bearer(Tokens tokens)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return client;
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        factory.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    [Fact]
    public async Task A_demoted_secretariat_loses_the_secretariats_rights_with_the_token_it_already_holds()
    {
        var (id, email) = await NewAccountAsync("Secretariat", "demoted-secretariat");
        var tokens = await LoginAsync(email);
        var client = Bearer(tokens);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/triage")).StatusCode);

        var admin = await factory.ApiClientAsync(DemoAccounts.Admin);
        var kenko = await (await factory.ApiClientAsync(DemoAccounts.KenkoFukushi)).GetFromJsonAsync<JsonElement>("/api/v1/me");
        (await admin.PutAsJsonAsync($"/api/v1/users/{id}/assignment", new { organisationId = kenko.GetProperty("organisationId").GetInt32(), role = "DepartmentStaff" }))
            .EnsureSuccessStatusCode();

        var after = await client.PostAsJsonAsync("/api/v1/surveys", new
        {
            fiscalYear = 2063, title = "降格後の調査", municipalOpensOn = "2063-05-01", municipalClosesOn = "2063-06-01", departmentOpensOn = "2063-05-01", departmentClosesOn = "2063-06-01",
        });
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(tokens.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task A_locked_account_is_stopped_at_once_on_its_tokens_and_its_cookie_and_unlocking_lets_it_back()
    {
        var (id, email) = await NewAccountAsync("DepartmentStaff", "locked-staff");
        var tokens = await LoginAsync(email);
        var client = Bearer(tokens);
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await LoginPageTests.SubmitLoginAsync(browser, email, "Renkei#Strong2026")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/municipalities")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        var admin = await factory.ApiClientAsync(DemoAccounts.Admin);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{id}/lock", null)).StatusCode);
        var me = await client.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal("application/problem+json", me.Content.Headers.ContentType?.MediaType);
        var page = await browser.GetAsync("/municipalities");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/login", page.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(tokens.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Renkei#Strong2026" })).StatusCode);
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users");
        Assert.True(listed.EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == id).GetProperty("isLockedOut").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{id}/unlock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(await LoginAsync(email)).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_lock_themself_and_others_cannot_lock_anyone()
    {
        var admin = await factory.ApiClientAsync(DemoAccounts.Admin);
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync($"/api/v1/users/{me.GetProperty("userId").GetGuid()}/lock", null)).StatusCode);
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretariat.PostAsync($"/api/v1/users/{me.GetProperty("userId").GetGuid()}/lock", null)).StatusCode);
    }

    [Fact]
    public async Task Refresh_tokens_rotate_and_a_reused_one_revokes_the_whole_chain()
    {
        var (_, email) = await NewAccountAsync("DepartmentStaff", "rotating-staff");
        var first = await LoginAsync(email);
        var refreshed = await RefreshAsync(first.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var second = (await refreshed.Content.ReadFromJsonAsync<Tokens>())!;
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(second).GetAsync("/api/v1/me")).StatusCode);

        // The first refresh token again (a stolen copy): refused, and the chain it belongs to ends.
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(first.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(second).GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(second.RefreshToken)).StatusCode);
        // Another sign-in of the same account is a chain of its own.
        Assert.Equal(HttpStatusCode.OK, (await Bearer(await LoginAsync(email)).GetAsync("/api/v1/me")).StatusCode);
    }
}
