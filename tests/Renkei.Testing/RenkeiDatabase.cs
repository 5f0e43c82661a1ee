using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Core;
using Renkei.Core.Accounts;
using Renkei.Core.Data;
using Xunit;

namespace Renkei.Testing;

/// <summary>
/// A class fixture: the test class's own real PostgreSQL database (seeded like a first run) and the
/// Core services wired to it.
/// </summary>
public sealed class RenkeiDatabase : IAsyncLifetime
{
    private ServiceProvider? _services;

    public string ConnectionString { get; private set; } = "";

    /// <summary>The clock every Core service reads; starts at the real now, tests move it (e.g. into a response window).</summary>
    public TestClock Clock { get; } = new();
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddRenkeiCore(ConnectionString);
        services.AddRenkeiIdentity();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }

    /// <summary>A Core service, resolved in a scope of its own.</summary>
    public T Get<T>() where T : notnull => Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public RenkeiDbContext CreateDbContext() => Services.GetRequiredService<IDbContextFactory<RenkeiDbContext>>().CreateDbContext();

    /// <summary>The version a user would be shown of a row now (every edit presents one).</summary>
    public async Task<uint> VersionAsync<T>(int id) where T : class, IVersioned
    {
        await using var db = CreateDbContext();
        return await db.Set<T>().Where(e => EF.Property<int>(e, "Id") == id).Select(e => e.Version).SingleAsync();
    }

    /// <summary>The actor for a stored account, built the same way the web layer builds it from claims.</summary>
    public async Task<Actor> ActorAsync(string email)
    {
        await using var db = CreateDbContext();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await ActorLookup.ForUserAsync(db, userId) ?? throw new InvalidOperationException($"{email} has no role.");
    }

    /// <summary>The id of a Yamagata municipality by its name.</summary>
    public async Task<int> YamagataMunicipalityAsync(string name)
    {
        await using var db = CreateDbContext();
        return await db.Municipalities.Where(m => m.Name == name && m.Prefecture.Code == Core.Data.Seed.YamagataReferenceData.PrefectureCode).Select(m => m.Id).SingleAsync();
    }
}
