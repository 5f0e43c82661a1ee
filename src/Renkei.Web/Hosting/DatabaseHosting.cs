using Microsoft.Extensions.Options;
using Renkei.Core;
using Renkei.Core.Data;
using Renkei.Core.Data.Seed;

namespace Renkei.Web.Hosting;

/// <summary>
/// Chooses the database: <c>ConnectionStrings:Renkei</c> when set, otherwise a private PostgreSQL cluster
/// started here from the installed binaries, migrated and loaded with demo data.
/// </summary>
public static class DatabaseHosting
{
    public static void AddRenkeiHosting(this WebApplicationBuilder builder)
    {
        builder.AddRenkeiLogging();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var connectionString = builder.Configuration.GetConnectionString("Renkei");
        var embedded = string.IsNullOrWhiteSpace(connectionString);
        if (embedded)
        {
            var cluster = new LocalPostgresCluster(LocalDataDirectory(builder.Configuration));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                cluster.StartAsync().GetAwaiter().GetResult();
                cluster.EnsureDatabaseAsync("renkei").GetAwaiter().GetResult();
            }
            catch (InvalidOperationException e)
            {
                throw new HostingSetupException(
                    e.Message == LocalPostgresCluster.MissingBinariesMessage
                        ? e.Message
                        : $"The private PostgreSQL in {cluster.RootDirectory} did not start: {e.Message}", e);
            }
            Serilog.Log.Information("Started a private PostgreSQL in {Directory} on port {Port} in {Milliseconds} ms",
                cluster.RootDirectory, cluster.Port, watch.ElapsedMilliseconds);
            connectionString = cluster.ConnectionString("renkei");
            // Registered first, so it is stopped last: after everything that uses the database.
            builder.Services.AddSingleton(cluster);
            builder.Services.AddHostedService<LocalPostgresLifetime>();
        }

        builder.Services.AddRenkeiCore(connectionString!);
        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection("Renkei:Database"));
        builder.Services.PostConfigure<DatabaseOptions>(options =>
        {
            options.MigrateOnStartup ??= embedded;
            options.SeedReferenceData ??= embedded;
            options.SeedDemoData ??= embedded && builder.Environment.IsDevelopment();
        });
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        if (options.MigrateOnStartup == true)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
                .InitializeAsync(options.SeedReferenceData == true, options.SeedDemoData == true);
        }

        // Renkei:Bootstrap:AdministratorEmail/-Password: the first administrator of a deployment without demo data.
        var bootstrap = app.Configuration.GetSection("Renkei:Bootstrap");
        if (bootstrap["AdministratorEmail"] is { Length: > 0 } email)
        {
            var password = bootstrap["AdministratorPassword"]
                ?? throw new HostingSetupException("Renkei:Bootstrap:AdministratorPassword must be set with AdministratorEmail.");
            var created = await scope.ServiceProvider.GetRequiredService<AdministratorBootstrap>()
                .EnsureAsync(email, password, bootstrap["PrefectureCode"] ?? YamagataReferenceData.PrefectureCode.Value);
            if (created)
            {
                Serilog.Log.Information("Created the first administrator {Email}", email);
            }
        }
    }

    private static string LocalDataDirectory(IConfiguration configuration)
    {
        if (configuration["Renkei:LocalDatabase:DataDirectory"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }
        // As root the server runs as 'postgres', which cannot enter /root: keep the cluster under /var/lib.
        return Environment.UserName == "root"
            ? "/var/lib/renkei/postgres"
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "renkei", "postgres");
    }
}

/// <summary>Stops the private PostgreSQL when the app shuts down.</summary>
internal sealed class LocalPostgresLifetime(LocalPostgresCluster cluster) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => cluster.StopAsync();
}
