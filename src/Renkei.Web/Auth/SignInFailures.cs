using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Renkei.Core.Accounts;
using Renkei.Web.Api.Input;

namespace Renkei.Web.Auth;

/// <summary>
/// Failed sign-ins per client address and account within <see cref="SignInGate.Window"/>. One per process: with
/// several instances behind a proxy that is sticky by address, each counts its own clients.
/// </summary>
public sealed class SignInFailures
{
    public ConcurrentDictionary<string, (int Count, DateTimeOffset Since)> Entries { get; } = new();

    public void Count(string key, DateTimeOffset now)
    {
        if (Entries.Count > 10_000)
        {
            foreach (var old in Entries.Where(f => now - f.Value.Since >= SignInGate.Window))
            {
                Entries.TryRemove(old.Key, out _);
            }
        }
        Entries.AddOrUpdate(key, (1, now), (_, old) => now - old.Since < SignInGate.Window ? (old.Count + 1, old.Since) : (1, now));
    }
}
