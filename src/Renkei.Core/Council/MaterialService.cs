using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Council;

/// <summary>
/// Materials (資料) of a meeting's agenda items. Presenters upload theirs by the deadline the secretariat sets;
/// the secretariat sees what is missing and downloads the whole packet. Only members of the body on the meeting's
/// day, the presenters and the secretariat may read them.
/// </summary>
public sealed class MaterialService(UnitOfWork work, IMaterialStore store, MeetingService meetings, AgendaService agenda, TimeProvider clock)
{
    public async Task<MaterialsView> GetAsync(Actor actor, int meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meeting = await ReadableAsync(db, actor, meetingId, cancellationToken);
        var items = await agenda.ListAsync(actor, meetingId, cancellationToken);
        var materials = await db.MeetingMaterials.AsNoTracking().Where(m => m.MeetingId == meetingId)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { m, o.Name })
            .ToListAsync(cancellationToken);
        var order = items.ToDictionary(i => i.Id, i => i.Number);
        var views = materials.OrderBy(x => order.GetValueOrDefault(x.m.AgendaItemId)).ThenBy(x => x.m.Id)
            .Select(x => new MaterialView(x.m.Id, x.m.AgendaItemId, x.m.FileName, x.m.ContentType, x.m.Size, x.Name, x.m.UploadedAt)).ToList();
        var withMaterial = views.Select(v => v.AgendaItemId).ToHashSet();
        var missing = items
            .Where(i => i.PresenterOrganisationId is { } p && !withMaterial.Contains(i.Id) && CouncilAccess.MayUploadFor(actor, p))
            .Select(i => new MissingMaterial(i.Id, i.Number, i.Title, i.PresenterOrganisationId!.Value, i.PresenterName!))
            .ToList();
        var today = JapanDate.Today(clock);
        var uploadable = items.Where(i => CanUpload(actor, meeting, i.PresenterOrganisationId, today) is null).Select(i => i.Id).ToList();
        return new MaterialsView(meeting.MaterialsDeadline, uploadable, views, missing, meeting.Version);
    }

    /// <summary>Stores a checked file for an item: the presenter by the deadline, the secretariat until the minutes are confirmed.</summary>
    public async Task<int> UploadAsync(Actor actor, int meetingId, int itemId, string? fileName, Stream content, long size, CancellationToken cancellationToken = default)
    {
        (var name, var contentType, content) = await StoredFile.CheckAsync(fileName, content, size, cancellationToken);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meeting = await CouncilQueries.FindMeetingAsync(db, actor, meetingId, cancellationToken);
        var item = await db.AgendaItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId && i.MeetingId == meetingId, cancellationToken)
            ?? throw new NotFoundException("指定された議題は見つかりません。");
        if (CanUpload(actor, meeting, item.PresenterOrganisationId, JapanDate.Today(clock)) is { } refusal)
        {
            throw refusal;
        }
        var material = new MeetingMaterial
        {
            MeetingId = meetingId, AgendaItemId = itemId, FileName = name, ContentType = contentType, Size = size, StorageKey = $"{Guid.NewGuid():N}",
            OrganisationId = actor.OrganisationId, UploadedBy = actor.UserId, UploadedAt = clock.GetUtcNow(),
        };
        db.MeetingMaterials.Add(material);
        await store.SaveWithContentAsync(db, material.StorageKey, content, cancellationToken);
        return material.Id;
    }

    /// <summary>Removes a material: the organisation that brought it (while it may still upload) or the secretariat.</summary>
    public async Task DeleteAsync(Actor actor, int meetingId, int materialId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meeting = await CouncilQueries.FindMeetingAsync(db, actor, meetingId, cancellationToken);
        var material = await db.MeetingMaterials.SingleOrDefaultAsync(m => m.Id == materialId && m.MeetingId == meetingId, cancellationToken)
            ?? throw new NotFoundException("指定された資料は見つかりません。");
        // The item's presenter (who may upload to it) removes its files; an upload by the secretariat stays the secretariat's.
        int? presenter = null;
        if (!CouncilAccess.MayManage(actor))
        {
            if (material.OrganisationId != actor.OrganisationId)
            {
                throw new ForbiddenException("資料を削除できるのは、その資料を登録した説明者と事務局（市町村課）です。");
            }
            presenter = await db.AgendaItems.Where(i => i.Id == material.AgendaItemId).Select(i => i.PresenterOrganisationId).SingleAsync(cancellationToken);
        }
        if (CanUpload(actor, meeting, presenter, JapanDate.Today(clock)) is { } refusal)
        {
            throw refusal;
        }
        db.MeetingMaterials.Remove(material);
        await db.SaveAsync(cancellationToken);
        await store.DeleteAsync(db, material.StorageKey, cancellationToken);
    }

    public async Task<(string FileName, string ContentType, Stream Content)> OpenAsync(Actor actor, int meetingId, int materialId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        await ReadableAsync(db, actor, meetingId, cancellationToken);
        var material = await db.MeetingMaterials.AsNoTracking().SingleOrDefaultAsync(m => m.Id == materialId && m.MeetingId == meetingId, cancellationToken)
            ?? throw new NotFoundException("指定された資料は見つかりません。");
        Auditing.AuditEvents.Add(db, clock, Auditing.AuditEvents.Downloaded, nameof(MeetingMaterial), material.Id.ToString(), new { FileName = material.FileName });
        await db.SaveAsync(cancellationToken);
        return (material.FileName, material.ContentType, await store.OpenAsync(db, material.StorageKey, cancellationToken));
    }

    /// <summary>
    /// The whole packet as one .zip: the 次第 first, then every item's materials in agenda order, numbered so they sort
    /// as the meeting runs. Written to a temporary file that goes away when the returned stream is closed.
    /// </summary>
    public async Task<Stream> PacketAsync(Actor actor, int meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        await ReadableAsync(db, actor, meetingId, cancellationToken);
        var meeting = await meetings.GetAsync(actor, meetingId, cancellationToken);
        var items = await agenda.ListAsync(actor, meetingId, cancellationToken);
        var materials = await db.MeetingMaterials.AsNoTracking().Where(m => m.MeetingId == meetingId).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        Auditing.AuditEvents.Add(db, clock, Auditing.AuditEvents.Downloaded, nameof(Meeting), meetingId.ToString(), new { FileName = "資料一式.zip" });
        await db.SaveAsync(cancellationToken);

        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
            {
                await using (var entry = await zip.CreateEntry("00_次第.docx", CompressionLevel.Optimal).OpenAsync(cancellationToken))
                {
                    await entry.WriteAsync(MeetingDocuments.Agenda(meeting, items, await meetings.IssuerAsync(actor, cancellationToken)), cancellationToken);
                }
                var sequence = 1;
                foreach (var item in items)
                {
                    foreach (var material in materials.Where(m => m.AgendaItemId == item.Id))
                    {
                        await using var source = await store.OpenAsync(db, material.StorageKey, cancellationToken);
                        // PDF and Office files are compressed already.
                        await using var entry = await zip.CreateEntry($"{sequence++:00}_議題{item.Number}_{material.FileName}", CompressionLevel.NoCompression).OpenAsync(cancellationToken);
                        await source.CopyToAsync(entry, cancellationToken);
                    }
                }
            }
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>The day by which presenters upload (none: until the meeting is held).</summary>
    public async Task SetDeadlineAsync(Actor actor, int meetingId, DateOnly? deadline, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var meeting = await CouncilQueries.FindRunnableMeetingAsync(db, actor, meetingId, cancellationToken);
        db.Expect(meeting, version);
        if (deadline is { } d && Meeting.DayOf(meeting.StartsAt, meeting.AnswerDeadline, d) < d)
        {
            throw new ValidationException("MaterialsDeadline", "資料の提出期限は、開催日（書面開催は回答期限）以前にしてください。");
        }
        meeting.MaterialsDeadline = deadline;
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>Why the actor may not add or remove materials of an item presented by <paramref name="presenter"/> today, or null.</summary>
    private static RenkeiException? CanUpload(Actor actor, Meeting meeting, int? presenter, DateOnly today)
    {
        if (CouncilAccess.MayManage(actor))
        {
            return meeting.State == MeetingState.MinutesConfirmed ? new ConflictException("議事録を確定した会議の資料は変更できません。") : null;
        }
        if (presenter != actor.OrganisationId)
        {
            return new ForbiddenException("資料を登録できるのは、その議題の説明者と事務局（市町村課）です。");
        }
        if (meeting.State is MeetingState.Held or MeetingState.MinutesConfirmed)
        {
            return new ConflictException("開催済の会議の資料は変更できません。事務局（市町村課）に連絡してください。");
        }
        if (today > meeting.MaterialsDeadline)
        {
            return new ConflictException($"資料の提出期限（{Wareki.FormatDate(meeting.MaterialsDeadline!.Value)}）を過ぎています。事務局（市町村課）に連絡してください。");
        }
        return null;
    }

    /// <summary>Finds the meeting if the actor may read its materials: a member on its day, a presenter, or the secretariat.</summary>
    private async Task<Meeting> ReadableAsync(RenkeiDbContext db, Actor actor, int meetingId, CancellationToken cancellationToken)
    {
        var meeting = await CouncilQueries.FindMeetingAsync(db, actor, meetingId, cancellationToken);
        var day = Meeting.DayOf(meeting.StartsAt, meeting.AnswerDeadline, JapanDate.Today(clock));
        var allowed = (await CouncilAccess.MaterialsReadableAsync(db, actor, [new MeetingDay(meeting.Id, meeting.BodyId, day)], cancellationToken)).Count > 0;
        return allowed ? meeting : throw new ForbiddenException("この会議の資料は、構成員と説明者、事務局（市町村課）だけが見られます。");
    }
}
