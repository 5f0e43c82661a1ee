using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Core.Accounts;

namespace Renkei.Core.Data;

/// <summary>Identity's user manager and the context under it, for one operation on accounts.</summary>
public sealed class AccountsWork(AsyncServiceScope scope, RenkeiDbContext db, UserManager<RenkeiUser> users) : IAsyncDisposable
{
    public RenkeiDbContext Db { get; } = db;
    public UserManager<RenkeiUser> Users { get; } = users;

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
