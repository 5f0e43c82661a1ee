using Microsoft.AspNetCore.Hosting;
using Renkei.Testing;

namespace Renkei.Web.Tests.Hosting;

/// <summary>A portal whose log goes to a folder of its own, at a configured level.</summary>
public class LoggingPortal(string level) : RenkeiWebFactory
{
    public string LogDirectory { get; } = Directory.CreateTempSubdirectory("renkei-log-test-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Renkei:LogDirectory", LogDirectory);
        builder.UseSetting("Serilog:MinimumLevel:Default", level);
    }

    public string ReadLog()
    {
        var text = "";
        foreach (var file in Directory.GetFiles(LogDirectory, "renkei-*.log"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            text += new StreamReader(stream).ReadToEnd();
        }
        return text;
    }
}

/// <summary>One configured Serilog pipeline: request lines reach the rolling file with the caller, and obey the configured level.</summary>
public class RequestLogTests
{
    [Fact]
    public async Task A_request_line_with_its_user_and_trace_lands_in_the_file()
    {
        await using var portal = new LoggingPortal("Information");
        await portal.InitializeAsync();
        var client = await portal.ApiClientAsync(DemoAccounts.YamagataCity);
        (await client.GetAsync("/api/v1/municipalities")).EnsureSuccessStatusCode();
        var me = await (await client.GetAsync("/api/v1/me")).Content.ReadAsStringAsync();
        var userId = System.Text.Json.JsonDocument.Parse(me).RootElement.GetProperty("userId").GetString()!;

        var line = Assert.Single(portal.ReadLog().Split('\n'), l => l.Contains("HTTP GET /api/v1/municipalities responded 200"));
        Assert.Contains($"\"UserId\":\"{userId}\"", line);
        Assert.Matches("\"TraceId\":\"[0-9a-f]{32}\"", line);
    }

    [Fact]
    public async Task The_configured_level_holds_for_the_request_log_too()
    {
        await using var portal = new LoggingPortal("Warning");
        await portal.InitializeAsync();
        var client = await portal.ApiClientAsync(DemoAccounts.YamagataCity);
        (await client.GetAsync("/api/v1/municipalities")).EnsureSuccessStatusCode();
        (await client.GetAsync("/api/v1/surveys/999999")).Dispose(); // a refusal, logged at Information
        Assert.DoesNotContain("HTTP GET", portal.ReadLog());
    }
}
