using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Renkei.Core.Data;

namespace Renkei.Core.Council;

/// <summary>Bytes in the <c>material_blobs</c> table: one backup holds everything.</summary>
public sealed class DatabaseMaterialStore : IMaterialStore
{
    public async Task PutAsync(RenkeiDbContext db, string key, Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        db.MaterialBlobs.Add(new MaterialBlob { Key = key, Content = buffer.ToArray() });
    }

    public async Task<Stream> OpenAsync(RenkeiDbContext db, string key, CancellationToken cancellationToken)
    {
        var bytes = await db.MaterialBlobs.Where(b => b.Key == key).Select(b => b.Content).SingleAsync(cancellationToken);
        return new MemoryStream(bytes, writable: false);
    }

    public Task DeleteAsync(RenkeiDbContext db, string key, CancellationToken cancellationToken) =>
        db.MaterialBlobs.Where(b => b.Key == key).ExecuteDeleteAsync(cancellationToken);
}
