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

/// <summary>Bytes as files in a configured folder (<c>Renkei:Materials:Folder</c>), named by key only.</summary>
public sealed class FolderMaterialStore(IOptions<MaterialOptions> options) : IMaterialStore
{
    private string PathOf(string key) => Path.Combine(options.Value.Folder!, key);

    public async Task PutAsync(RenkeiDbContext db, string key, Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.Value.Folder!);
        await using var file = new FileStream(PathOf(key), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
    }

    public Task<Stream> OpenAsync(RenkeiDbContext db, string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));

    public Task DeleteAsync(RenkeiDbContext db, string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }
}
