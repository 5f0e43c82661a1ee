using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Testing;

namespace Renkei.Web.Tests.Accounts;

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

    /// <summary>A sign-in from another loopback address (127.0.0.x): the portal on Kestrel sees it as another client.</summary>
    private static async Task<HttpResponseMessage> LoginFromAsync(SignInPortal portal, string address, string email, string password)
    {
        using var client = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = async (context, ct) =>
            {
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            },
        }) { BaseAddress = portal.Address };
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [Fact]
    public async Task Five_failures_from_one_address_stop_that_address_but_never_lock_the_account_for_others()
    {
        await using var portal = new SignInPortal();
        await portal.InitializeAsync();
        for (var i = 0; i < 5; i++)
        {
            var failed = await LoginFromAsync(portal, "127.0.0.10", DemoAccounts.ShonaiSupport, "wrong-password");
            Assert.True(HttpStatusCode.Unauthorized == failed.StatusCode, await failed.Content.ReadAsStringAsync());
        }
        // The attacker's address is refused even with the right password, with the very same answer…
        var fromAttacker = await LoginFromAsync(portal, "127.0.0.10", DemoAccounts.ShonaiSupport, DemoAccounts.Password);
        Assert.True(HttpStatusCode.Unauthorized == fromAttacker.StatusCode, await fromAttacker.Content.ReadAsStringAsync());
        var unknown = await LoginFromAsync(portal, "127.0.0.11", "nobody@renkei.example", "wrong-password");
        Assert.Equal(await unknown.Content.ReadAsStringAsync() is var u ? Detail(u) : "", Detail(await fromAttacker.Content.ReadAsStringAsync()));
        // …while the owner, elsewhere, signs in: five failures from one address do not lock the account.
        Assert.Equal(HttpStatusCode.OK, (await LoginFromAsync(portal, "127.0.0.20", DemoAccounts.ShonaiSupport, DemoAccounts.Password)).StatusCode);
    }

    [Fact]
    public async Task A_locked_account_and_an_unknown_account_get_the_same_answer()
    {
        await using var portal = new SignInPortal();
        await portal.InitializeAsync();
        for (var i = 0; i < 10; i++)
        {
            await LoginFromAsync(portal, $"127.0.1.{i + 1}", DemoAccounts.TsuruokaCity, "wrong-password"); // ten addresses: the account locks
        }
        var locked = await LoginFromAsync(portal, "127.0.1.50", DemoAccounts.TsuruokaCity, DemoAccounts.Password);
        var unknown = await LoginFromAsync(portal, "127.0.1.51", "nobody@renkei.example", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var lockedText = await locked.Content.ReadAsStringAsync();
        Assert.DoesNotContain("LockedOut", lockedText);
        Assert.Equal(Detail(await unknown.Content.ReadAsStringAsync()), Detail(lockedText));
    }

    private static string Detail(string problem) => JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString()!;

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

/// <summary>The portal on Kestrel, so each loopback address is a client of its own.</summary>
public sealed class SignInPortal : RenkeiWebFactory
{
    public Uri Address { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Address = StartOnKestrel();
    }
}
