using Microsoft.Playwright;

namespace Renkei.EndToEnd.Tests;

/// <summary>
/// A browser behind a proxy that refuses the WebSocket upgrade, and a record of how the Blazor circuit talked
/// to the server instead (Server-Sent Events or long polling).
/// </summary>
public static class BlazorTransports
{
    // What a browser sees when a proxy refuses the upgrade: the socket never opens, an error, then close 1006.
    private const string RefuseWebSockets = """
        (() => {
          class RefusedWebSocket extends EventTarget {
            constructor(url) {
              super();
              this.url = String(url); this.readyState = 0; this.protocol = ''; this.extensions = ''; this.bufferedAmount = 0; this.binaryType = 'blob';
              window.__refusedWebSockets = (window.__refusedWebSockets || 0) + 1;
              setTimeout(() => {
                this.readyState = 3;
                const error = new Event('error'); this.onerror?.(error); this.dispatchEvent(error);
                const close = new CloseEvent('close', { code: 1006, wasClean: false }); this.onclose?.(close); this.dispatchEvent(close);
              }, 0);
            }
            send() { throw new DOMException('WebSocket is not open', 'InvalidStateError'); }
            close() { }
          }
          Object.assign(RefusedWebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
          window.WebSocket = RefusedWebSocket;
        })();
        """;

    /// <summary>Refuses every WebSocket of the context's pages and counts the circuit's requests by transport.</summary>
    public static async Task<TransportLog> RefuseWebSocketsAsync(IBrowserContext context)
    {
        await context.AddInitScriptAsync(RefuseWebSockets);
        var log = new TransportLog();
        context.Request += (_, request) => log.Record(request);
        return log;
    }

    public sealed class TransportLog
    {
        private int _serverSentEvents, _polls, _sends;

        public int ServerSentEvents => _serverSentEvents;
        public int Polls => _polls;
        public int Sends => _sends;

        public string Transport => ServerSentEvents > 0 ? "ServerSentEvents" : Polls > 0 ? "LongPolling" : "none";

        internal void Record(IRequest request)
        {
            var path = new Uri(request.Url).AbsolutePath;
            if (path != "/_blazor" || !request.Url.Contains("id=", StringComparison.Ordinal))
            {
                return;
            }
            if (request.Method == "POST")
            {
                Interlocked.Increment(ref _sends);
            }
            else if (request.Headers.TryGetValue("accept", out var accept) && accept.Contains("text/event-stream", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _serverSentEvents);
            }
            else
            {
                Interlocked.Increment(ref _polls);
            }
        }

        public override string ToString() => $"transport {Transport}: {ServerSentEvents} event streams, {Polls} polls, {Sends} sends";
    }
}
