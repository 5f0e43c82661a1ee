using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Renkei.Testing;
using Renkei.Web.Hosting;

namespace Renkei.Web.Tests.Hosting;

/// <summary>The portal on a PostgreSQL cluster of its own, which the test may stop and start.</summary>
public sealed class OutagePortal : RenkeiWebFactory
{
    public LocalPostgresCluster Cluster { get; } = new(Path.Combine(Path.GetTempPath(), $"renkei-outage-{Guid.NewGuid():N}"), forTests: true);

    public override async Task InitializeAsync()
    {
        await Cluster.StartAsync();
        await Cluster.EnsureDatabaseAsync("renkei");
        ConnectionString = Cluster.ConnectionString("renkei");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Renkei:Database:MigrateOnStartup", "true");
        builder.UseSetting("Renkei:Database:SeedReferenceData", "true");
        builder.UseSetting("Renkei:Database:SeedDemoData", "true");
    }

    public override async Task DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            // Also when the portal never started (e.g. a migration missing): a cluster left running outlives the run.
            await Cluster.StopAsync();
            Directory.Delete(Cluster.RootDirectory, recursive: true);
        }
    }
}

/// <summary>PostgreSQL stopped mid-journey: 503 with Retry-After and a Japanese message, nothing half-written, and recovery without a restart.</summary>
public class DatabaseOutageTests(OutagePortal portal) : IClassFixture<OutagePortal>
{
    [Fact]
    public async Task While_PostgreSQL_is_down_the_API_answers_503_and_it_recovers_when_it_is_back()
    {
        var city = await portal.ApiClientAsync(DemoAccounts.YamagataCity);
        var profile = await city.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var code = (await city.GetFromJsonAsync<JsonElement>("/api/v1/municipalities"))
            .EnumerateArray().First(m => m.GetProperty("name").GetString() == profile.GetProperty("organisationName").GetString()).GetProperty("code").GetString();
        var before = await city.GetStringAsync($"/api/v1/municipalities/{code}");

        await portal.Cluster.StopAsync();
        try
        {
            // A profile is read from the database on every call (the list may still come from the response cache).
            var read = await city.GetAsync($"/api/v1/municipalities/{code}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, read.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), read.Headers.RetryAfter?.Delta);
            var problem = await read.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("一時的に利用できません", problem.GetProperty("title").GetString());
            Assert.Contains("データベース", problem.GetProperty("detail").GetString());

            var write = await city.PutAsJsonAsync($"/api/v1/municipalities/{code}/contact", new { division = "停止中の変更", phone = "023-000-0000", email = "x@example.jp", version = 0u });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await portal.CreateClient().GetAsync("/health")).StatusCode);
        }
        finally
        {
            await portal.Cluster.StartAsync();
        }

        // Back without restarting the portal: the pool drops its dead connections, so the next calls succeed.
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 20 && status != HttpStatusCode.OK; attempt++)
        {
            status = (await city.GetAsync($"/api/v1/municipalities/{code}")).StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(250);
            }
        }
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(before, await city.GetStringAsync($"/api/v1/municipalities/{code}"));
    }
}
