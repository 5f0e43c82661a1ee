using Microsoft.AspNetCore.Http.Connections;

namespace Renkei.Web.Hosting;

/// <summary>
/// How the Blazor circuit behaves when it cannot use WebSockets. Long polling carries no keep-alive pings, so an
/// idle poll is held for the whole poll timeout (SignalR's default is 90 s); proxies commonly give up after 60 s
/// (nginx's proxy_read_timeout) and answer 504, which drops the circuit. A shorter poll stays under them.
/// </summary>
public static class CircuitTransport
{
    public const int DefaultLongPollSeconds = 30;

    /// <summary>Sets the hub's long-poll timeout from <c>Renkei:Circuits:LongPollSeconds</c> (30 s by default).</summary>
    public static RazorComponentsEndpointConventionBuilder WithLongPollTimeout(this RazorComponentsEndpointConventionBuilder builder, IConfiguration configuration)
    {
        var seconds = configuration.GetValue("Renkei:Circuits:LongPollSeconds", DefaultLongPollSeconds);
        // ASP.NET Core 10.0.12 has no ServerComponentsEndpointOptions.ConfigureConnection yet: the hub's dispatcher
        // options travel in its endpoints' metadata, where a convention can reach them.
        builder.Add(endpoint =>
        {
            foreach (var options in endpoint.Metadata.OfType<HttpConnectionDispatcherOptions>())
            {
                options.LongPolling.PollTimeout = TimeSpan.FromSeconds(seconds);
            }
        });
        return builder;
    }
}
