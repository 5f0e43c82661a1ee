using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Renkei.Core.Data;

namespace Renkei.Core.Council;

/// <summary>Keeps the bytes of materials under a key; the metadata is always in the database.</summary>
public interface IMaterialStore
{
    /// <summary>Stores the content; a database store adds it to <paramref name="db"/> so it is saved with the metadata.</summary>
    Task PutAsync(RenkeiDbContext db, string key, Stream content, CancellationToken cancellationToken);

    Task<Stream> OpenAsync(RenkeiDbContext db, string key, CancellationToken cancellationToken);

    /// <summary>Removes the content, after the metadata is gone (an orphan left by a crash in between is harmless).</summary>
    Task DeleteAsync(RenkeiDbContext db, string key, CancellationToken cancellationToken);
}
