using Renkei.Core.Data;

namespace Renkei.Core.Council;

/// <summary>
/// The two steps every upload shares (meeting materials, case files): check the file — buffering a stream that cannot
/// seek, since the check reads its head — and store its bytes with the metadata, removing them again if the save fails.
/// </summary>
public static class StoredFile
{
    public static async Task<(string Name, string ContentType, Stream Content)> CheckAsync(string? fileName, Stream content, long size, CancellationToken cancellationToken)
    {
        var name = MaterialFileCheck.CleanName(fileName);
        if (!content.CanSeek && size <= MaterialFileCheck.MaxBytes)
        {
            var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, cancellationToken);
            content = buffer;
        }
        return (name, MaterialFileCheck.Check(name, content, size), content);
    }

    /// <summary>Puts the content under <paramref name="key"/> and saves <paramref name="db"/>; an orphan never outlives a failed save.</summary>
    public static async Task SaveWithContentAsync(this IMaterialStore store, RenkeiDbContext db, string key, Stream content, CancellationToken cancellationToken)
    {
        await store.PutAsync(db, key, content, cancellationToken);
        try
        {
            await db.SaveAsync(cancellationToken);
        }
        catch
        {
            await store.DeleteAsync(db, key, CancellationToken.None);
            throw;
        }
    }
}
