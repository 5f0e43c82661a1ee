using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Renkei.Core.Data;

namespace Renkei.Core.Council;

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
