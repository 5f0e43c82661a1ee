using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Renkei.Testing;

namespace Renkei.Web.Tests.Hosting;

/// <summary>A portal whose idle long polls are released after one second.</summary>
public class ShortPollPortal : RenkeiWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Renkei:Circuits:LongPollSeconds", "1");
    }
}

/// <summary>Without WebSockets the circuit long-polls; an idle poll must come back before a proxy's read timeout.</summary>
public class CircuitTransportTests
{
    [Fact]
    public async Task An_idle_long_poll_of_the_circuit_returns_after_the_configured_time()
    {
        await using var portal = new ShortPollPortal();
        await portal.InitializeAsync();
        var client = portal.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(10); // SignalR's own 90 s hold (or the 15 s handshake timeout) would fail here

        var negotiate = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        negotiate.EnsureSuccessStatusCode();
        var body = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(body.GetProperty("availableTransports").EnumerateArray(), t => t.GetProperty("transport").GetString() == "LongPolling");
        var token = body.GetProperty("connectionToken").GetString();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/_blazor?id={token}")).StatusCode); // opens the poll transport at once
        var idle = await client.GetAsync($"/_blazor?id={token}");
        Assert.Equal(HttpStatusCode.OK, idle.StatusCode); // released by the poll timeout, the connection still open (204 = closed)
        Assert.Empty(await idle.Content.ReadAsByteArrayAsync());
    }
}
