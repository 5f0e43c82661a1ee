using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Council;
using Renkei.Core.Data;

namespace Renkei.Core.Cases;

/// <summary>
/// Files of a case, with the same checks as meeting materials (PDF and Office only, ≤ 20 MB, content matches the name):
/// added and removed by whoever may edit the case, read by whoever may see it — and by anyone once it is published.
/// </summary>
public sealed class CaseAttachmentService(UnitOfWork work, IMaterialStore store, TimeProvider clock)
{
    public const int MaxPerCase = 20;

    public async Task<int> UploadAsync(Actor actor, int caseId, string? fileName, Stream content, long size, CancellationToken cancellationToken = default)
    {
        (var name, var contentType, content) = await StoredFile.CheckAsync(fileName, content, size, cancellationToken);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var c = await CaseAccess.FindVisibleAsync(db.Cases.AsNoTracking(), actor, caseId, cancellationToken);
        CaseAccess.EnsureEditor(actor, c);
        if (await db.CaseAttachments.CountAsync(a => a.CaseId == caseId, cancellationToken) >= MaxPerCase)
        {
            throw new ValidationException("File", $"添付できるファイルは1件の事例につき{MaxPerCase}件までです。");
        }
        var attachment = new CaseAttachment
        {
            CaseId = caseId, FileName = name, ContentType = contentType, Size = size, StorageKey = $"case-{Guid.NewGuid():N}",
            UploadedBy = actor.UserId, UploadedAt = clock.GetUtcNow(),
        };
        db.CaseAttachments.Add(attachment);
        await store.SaveWithContentAsync(db, attachment.StorageKey, content, cancellationToken);
        return attachment.Id;
    }

    public async Task DeleteAsync(Actor actor, int caseId, int attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var c = await CaseAccess.FindVisibleAsync(db.Cases.AsNoTracking(), actor, caseId, cancellationToken);
        CaseAccess.EnsureEditor(actor, c);
        var attachment = await db.CaseAttachments.SingleOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == caseId, cancellationToken)
            ?? throw new NotFoundException("指定されたファイルは見つかりません。");
        db.CaseAttachments.Remove(attachment);
        await db.SaveAsync(cancellationToken);
        await store.DeleteAsync(db, attachment.StorageKey, cancellationToken);
    }

    public async Task<(string FileName, string ContentType, Stream Content)> OpenAsync(Actor actor, int caseId, int attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        await CaseAccess.FindVisibleAsync(db.Cases.AsNoTracking(), actor, caseId, cancellationToken);
        var file = await ReadAsync(db, caseId, attachmentId, cancellationToken);
        Auditing.AuditEvents.Add(db, clock, Auditing.AuditEvents.Downloaded, nameof(CaseAttachment), attachmentId.ToString(), new { FileName = file.Item1 });
        await db.SaveAsync(cancellationToken);
        return file;
    }

    /// <summary>A file of a published case, for the public page (no sign-in).</summary>
    public async Task<(string FileName, string ContentType, Stream Content)> OpenPublishedAsync(int caseId, int attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsSystemAsync(cancellationToken);
        if (!await db.Cases.AnyAsync(c => c.Id == caseId && c.State == CaseState.Approved && c.Visibility == Visibility.Public, cancellationToken))
        {
            throw new NotFoundException("指定された事例は公開されていません。");
        }
        return await ReadAsync(db, caseId, attachmentId, cancellationToken);
    }

    internal static async Task<IReadOnlyList<CaseAttachmentView>> ListAsync(RenkeiDbContext db, int caseId, CancellationToken cancellationToken) =>
        await db.CaseAttachments.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.Id)
            .Select(a => new CaseAttachmentView(a.Id, a.FileName, a.Size, a.UploadedAt)).ToListAsync(cancellationToken);

    private async Task<(string, string, Stream)> ReadAsync(RenkeiDbContext db, int caseId, int attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await db.CaseAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == caseId, cancellationToken)
            ?? throw new NotFoundException("指定されたファイルは見つかりません。");
        return (attachment.FileName, attachment.ContentType, await store.OpenAsync(db, attachment.StorageKey, cancellationToken));
    }
}
