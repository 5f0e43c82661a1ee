using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Renkei.Core.Data;
using Renkei.Web.Auth;

namespace Renkei.Web.Api;

/// <summary>Drops the cached answers read from the kinds of rows a committed save changed.</summary>
public sealed class OutputCacheEviction(IOutputCacheStore store) : ISavedChangesListener
{
    public async ValueTask SavedAsync(IReadOnlySet<Type> changed, CancellationToken cancellationToken)
    {
        foreach (var rows in changed)
        {
            await store.EvictByTagAsync(ResponseCache.TagOf(rows), CancellationToken.None);
        }
    }
}
