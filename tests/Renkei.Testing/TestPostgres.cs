using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Renkei.Core;
using Renkei.Core.Data;
using Renkei.Web.Hosting;

namespace Renkei.Testing;

/// <summary>
/// One throwaway PostgreSQL cluster per test run, started from the installed binaries, with a template
/// database that is migrated and seeded once; each test class copies it (CREATE DATABASE … TEMPLATE).
/// </summary>
public static class TestPostgres
{
    public const string TemplateDatabase = "renkei_template";
    private static readonly Lazy<Task<LocalPostgresCluster>> Cluster = new(StartAsync);

    public static Task<LocalPostgresCluster> GetClusterAsync() => Cluster.Value;

    /// <summary>A fresh database holding the Yamagata reference data and the demo accounts.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var cluster = await GetClusterAsync();
        var name = "t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(cluster, $"CREATE DATABASE {name} TEMPLATE {TemplateDatabase}");
        return cluster.ConnectionString(name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var cluster = await GetClusterAsync();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(cluster, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task<LocalPostgresCluster> StartAsync()
    {
        RemoveClustersOfEndedRuns();
        var root = Path.Combine(Path.GetTempPath(), $"renkei-tests-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        var cluster = new LocalPostgresCluster(root, forTests: true);
        await cluster.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            cluster.StopAsync().GetAwaiter().GetResult();
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The OS cleans /tmp; a leftover folder does no harm.
            }
        };

        var services = new ServiceCollection().AddLogging();
        services.AddRenkeiCore(cluster.ConnectionString(TemplateDatabase));
        services.AddRenkeiIdentity();
        await using (var provider = services.BuildServiceProvider())
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
                .InitializeAsync(seedReferenceData: true, seedDemoData: true);
        }
        NpgsqlConnection.ClearAllPools(); // a template must have no open connections
        return cluster;
    }

    /// <summary>
    /// The test host may be ended before its exit handler finishes deleting the cluster folder:
    /// folders of runs whose process is gone are removed by the next run.
    /// </summary>
    private static void RemoveClustersOfEndedRuns()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "renkei-tests-*"))
        {
            var parts = Path.GetFileName(folder).Split('-');
            if (parts.Length > 2 && int.TryParse(parts[2], out var pid) && !Directory.Exists($"/proc/{pid}"))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another run may be removing it at the same moment.
                }
            }
        }
    }

    private static async Task ExecuteAsync(LocalPostgresCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
