using System.Diagnostics;
using System.Net.Sockets;
using MimeKit;

namespace Renkei.Testing;

/// <summary>
/// A real SMTP server for tests: Debian's aiosmtpd, storing what it receives in a Maildir that
/// <see cref="Messages"/> reads back with MimeKit.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly Process _process;
    private readonly string _maildir;

    public int Port { get; }

    private SmtpTestServer(Process process, string maildir, int port)
    {
        _process = process;
        _maildir = maildir;
        Port = port;
    }

    public static async Task<SmtpTestServer> StartAsync()
    {
        var maildir = Path.Combine(Path.GetTempPath(), $"renkei-smtp-{Guid.NewGuid():N}");
        var port = RenkeiWebFactory.FreePort();
        var start = new ProcessStartInfo(Python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited: {await process.StandardError.ReadToEndAsync()} (install python3-aiosmtpd; ./build.sh test does).");
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return new SmtpTestServer(process, maildir, port);
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        process.Kill();
        throw new TimeoutException("aiosmtpd did not listen within 5 seconds.");
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var received = Path.Combine(_maildir, "new");
        return Directory.Exists(received)
            ? Directory.GetFiles(received).Order().Select(f => MimeMessage.Load(f)).ToList()
            : [];
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (Directory.Exists(_maildir))
        {
            Directory.Delete(_maildir, recursive: true);
        }
    }
}
