using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Renkei.Testing;

/// <summary>
/// The real portal (Program) on the test class's own PostgreSQL database. In-memory test server by
/// default; <see cref="StartOnKestrel"/> serves it on a real port for a browser.
/// </summary>
public class RenkeiWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _logDirectory = Path.Combine(Path.GetTempPath(), "renkei-test-logs");

    public string ConnectionString { get; protected set; } = "";

    /// <summary>The portal's clock: the real time until a test moves it (to the day of a meeting, say).</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Sign-in attempts per client address and minute (the portal's default is 20).</summary>
    protected virtual int SignInsPerMinute => 10_000;

    /// <summary>Where this portal's mail lands (the development pickup folder; no SMTP host is configured).</summary>
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), $"renkei-test-mail-{Guid.NewGuid():N}");

    public virtual async Task InitializeAsync() => ConnectionString = await TestPostgres.CreateDatabaseAsync();

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(ConnectionString);
        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the _framework and _content files come from a publish folder; here from the build.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Renkei", ConnectionString);
        builder.UseSetting("Renkei:LogDirectory", _logDirectory);
        builder.UseSetting("Renkei:Mail:PickupDirectory", MailDirectory);
        builder.UseSetting("Renkei:Notifications:Enabled", "false"); // tests run the daily job themselves, on the test clock
        builder.UseSetting("Renkei:Security:CookieSecurePolicy", "SameAsRequest");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every test signs in from 127.0.0.1; the limit itself is tested with a lower setting.
        builder.UseSetting("Renkei:Security:SignInsPerMinute", SignInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A context on the portal's own database, for arranging data the API cannot create.</summary>
    public Core.Data.RenkeiDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<Core.Data.RenkeiDbContext>>().CreateDbContext();

    private Uri? _kestrelAddress;

    /// <summary>Serves the portal on a free loopback port and returns its base address.</summary>
    public Uri StartOnKestrel()
    {
        var port = FreePort();
        UseKestrel(port);
        StartServer();
        return _kestrelAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>An API client signed in as a demo account with a bearer token.</summary>
    public async Task<HttpClient> ApiClientAsync(string email, string password = DemoAccounts.Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = _kestrelAddress ?? new Uri("http://localhost") });
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    private sealed record TokenResponse(string AccessToken, string RefreshToken);

    internal static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
