using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Renkei.Web.Hosting;

/// <summary>
/// A private PostgreSQL cluster started from the installed binaries (initdb/pg_ctl) in a folder of its own.
/// Used when no connection string is configured, and by the tests. As root, the server tools run as the
/// unprivileged <c>postgres</c> user, because initdb refuses to run as root.
/// </summary>
public sealed class LocalPostgresCluster(string rootDirectory, bool forTests = false)
{
    private const string SuperUser = "postgres";
    private readonly string _dataDirectory = Path.Combine(rootDirectory, "data");
    private string? _binDirectory;

    public string RootDirectory => rootDirectory;
    public int Port { get; private set; }
    public bool IsRunning { get; private set; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={SuperUser};Database={database};Include Error Detail=true";

    /// <summary>Where initdb and pg_ctl live: on PATH, or under /usr/lib/postgresql/&lt;version&gt;/bin (newest first).</summary>
    public static string? FindBinDirectory()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")));
        }
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    public const string MissingBinariesMessage =
        "PostgreSQL のプログラム (initdb, pg_ctl) が見つかりません。"
        + " Install them with `sudo apt-get install -y postgresql`, or set the connection string "
        + "ConnectionStrings__Renkei=\"Host=...;Database=renkei;Username=...;Password=...\" to use an existing server.";

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        _binDirectory = FindBinDirectory() ?? throw new InvalidOperationException(MissingBinariesMessage);
        PrepareRootDirectory();
        if (!File.Exists(Path.Combine(_dataDirectory, "PG_VERSION")))
        {
            var initArgs = new List<string> { "-D", _dataDirectory, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8" };
            if (forTests)
            {
                initArgs.Add("--no-sync");
            }
            await RunToolAsync("initdb", initArgs, cancellationToken);
        }
        else if (await RunToolAsync("pg_ctl", ["status", "-D", _dataDirectory], cancellationToken, throwOnError: false) == 0)
        {
            // Running: a live portal owns it (refuse, never stop it under that portal), or its owner died without
            // stopping it (nobody uses it: restart it on a port we know).
            if (LiveOwner() is { } owner && owner != Environment.ProcessId)
            {
                throw new InvalidOperationException(string.Format(System.Globalization.CultureInfo.InvariantCulture, AlreadyInUseMessage, owner, rootDirectory));
            }
            await RunToolAsync("pg_ctl", ["stop", "-D", _dataDirectory, "-m", "fast", "-w"], cancellationToken);
        }

        // A restart keeps the port, so connection strings handed out before stay right.
        Port = Port != 0 ? Port : FreePort();
        var settings = $"-p {Port} -k {rootDirectory} -c listen_addresses=127.0.0.1";
        // Room for the pools of two portals (DatabasePool.DefaultMaxPoolSize each) and the tools.
        settings += forTests
            ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
            : " -c max_connections=120";
        await RunToolAsync("pg_ctl", ["start", "-D", _dataDirectory, "-l", Path.Combine(rootDirectory, "server.log"), "-w", "-t", "60", "-o", settings], cancellationToken);
        IsRunning = true;
        await File.WriteAllTextAsync(OwnerFile, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
    }

    public const string AlreadyInUseMessage =
        "Another Renkei portal (process {0}) is using the private PostgreSQL in {1}. Stop that portal first, or give this copy a "
        + "database of its own: Renkei__LocalDatabase__DataDirectory=/tmp/renkei-second (a folder of mode 755 when running as root).";

    /// <summary>The portal's own lock file beside the cluster: which process started the server.</summary>
    private string OwnerFile => Path.Combine(rootDirectory, "renkei.owner");

    /// <summary>The process id in the lock file, if that process is still alive.</summary>
    private int? LiveOwner()
    {
        if (!File.Exists(OwnerFile) || !int.TryParse(File.ReadAllText(OwnerFile).Trim(), out var pid))
        {
            return null;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : pid;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Creates the database if it is missing (so the first migration does not log a failed connection).</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new Npgsql.NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task StopAsync()
    {
        if (!IsRunning)
        {
            return;
        }
        await RunToolAsync("pg_ctl", ["stop", "-D", _dataDirectory, "-m", "fast", "-w"], CancellationToken.None, throwOnError: false);
        IsRunning = false;
        File.Delete(OwnerFile);
    }

    private static bool RunningAsRoot => Environment.UserName == "root";

    private void PrepareRootDirectory()
    {
        Directory.CreateDirectory(rootDirectory);
        if (RunningAsRoot)
        {
            // The server runs as 'postgres', which must own its folder (and no one else may read it).
            Run("chown", ["-R", $"{SuperUser}:{SuperUser}", rootDirectory], throwOnError: true);
        }
        if (OperatingSystem.IsWindows())
        {
            throw new InvalidOperationException("The private PostgreSQL is supported on Linux and macOS; on Windows set ConnectionStrings__Renkei.");
        }
        File.SetUnixFileMode(rootDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private async Task<int> RunToolAsync(string tool, IReadOnlyList<string> args, CancellationToken cancellationToken, bool throwOnError = true)
    {
        var path = Path.Combine(_binDirectory!, tool);
        return RunningAsRoot
            ? await Task.Run(() => Run("runuser", ["-u", SuperUser, "--", path, .. args], throwOnError), cancellationToken)
            : await Task.Run(() => Run(path, args, throwOnError), cancellationToken);
    }

    private static int Run(string fileName, IReadOnlyList<string> args, bool throwOnError)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(fileName)} {string.Join(' ', args)} failed ({process.ExitCode}): {stderr.Result}{stdout.Result}");
        }
        return process.ExitCode;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
