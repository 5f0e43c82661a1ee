using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Renkei.Core.Accounts;
using Renkei.Core.Data.Seed;

namespace Renkei.Core.Data;

/// <summary>Brings a database up to date: migrations, the five roles, and optionally the seed data (each step's time is logged: start-up cost).</summary>
public sealed class DatabaseInitializer(
    RenkeiDbContext db,
    RoleManager<IdentityRole<Guid>> roles,
    ReferenceDataSeeder referenceData,
    CouncilReferenceData councilData,
    SettlementAreaReferenceData settlementAreas,
    CensusPopulationReferenceData census,
    HokkaidoReferenceData hokkaido,
    DemoDataSeeder demoData,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedReferenceData, bool seedDemoData, CancellationToken cancellationToken = default)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }
        // EF reads the history table before creating it, logging a failed command on a new database; create it first.
        var history = db.GetService<IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        if (await FromUnknownMigrationsAsync(cancellationToken))
        {
            // The pre-release migrations were squashed into one Initial: a demo database is rebuilt, any other is left alone.
            if (!seedDemoData)
            {
                throw new InvalidOperationException("このデータベースは公開前の版のスキーマで作られています。新しいデータベースを指定してください。"
                    + " (The database was created by pre-release migrations that no longer exist; point the portal at a new database.)");
            }
            logger.LogWarning("The demo database was made by pre-release migrations; it is dropped and created again");
            await creator.DeleteAsync(cancellationToken);
            await creator.CreateAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
        }
        // Migrate also diffs the model against the snapshot (about a second): only when something is to apply.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                IdentityResultGuard.ThrowIfFailed(await roles.CreateAsync(new IdentityRole<Guid>(role)));
            }
        }
        logger.LogInformation("Database migrated in {Milliseconds} ms", watch.ElapsedMilliseconds);
        if (seedReferenceData || seedDemoData)
        {
            watch.Restart();
            await referenceData.SeedAsync(cancellationToken);
            await councilData.SeedAsync(cancellationToken);
            await settlementAreas.SeedAsync(cancellationToken);
            await census.SeedAsync(cancellationToken);
            await hokkaido.SeedAsync(cancellationToken);
            logger.LogInformation("Reference data checked in {Milliseconds} ms", watch.ElapsedMilliseconds);
        }
        if (seedDemoData)
        {
            watch.Restart();
            await demoData.SeedAsync(cancellationToken);
            logger.LogInformation("Demo data checked in {Milliseconds} ms", watch.ElapsedMilliseconds);
        }
    }

    private async Task<bool> FromUnknownMigrationsAsync(CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet();
        return (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any(m => !known.Contains(m));
    }
}
