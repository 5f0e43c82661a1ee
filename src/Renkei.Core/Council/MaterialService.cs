using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Council;

/// <summary>
/// Materials (資料) of a meeting's agenda items. Presenters upload theirs by the deadline the secretariat sets;
/// the secretariat sees what is missing and downloads the whole packet. Who reads each one is its level's
/// (<see cref="MaterialReaders"/>): by default the members of the body on the meeting's day, the presenters and
/// whoever runs the meeting.
/// </summary>
public sealed class MaterialService(UnitOfWork work, IMaterialStore store, MeetingService meetings, AgendaService agenda, TimeProvider clock)
{
    public async Task<MaterialsView> GetAsync(Actor actor, int meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var (meeting, readers) = await ReadersAsync(db, actor, meetingId, cancellationToken);
        var publicOnly = !readers.ReadsMeeting(meetingId);
        var materials = (await db.MeetingMaterials.AsNoTracking().Where(m => m.MeetingId == meetingId && (!publicOnly || m.Visibility == Visibility.Public))
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { m, o.Name })
            .ToListAsync(cancellationToken)).Where(x => readers.MayRead(meetingId, x.m.Visibility, x.m.OrganisationId)).ToList();
        if (publicOnly && materials.Count == 0)
        {
            throw NotAReader();
        }
        var items = await agenda.ListAsync(actor, meetingId, cancellationToken);
        var today = JapanDate.Today(clock);
        var uploadable = publicOnly ? [] : items.Where(i => CanUpload(actor, meeting, i.PresenterOrganisationId, today) is null).Select(i => i.Id).ToHashSet();
        var order = items.ToDictionary(i => i.Id, i => i.Number);
        var views = materials.OrderBy(x => order.GetValueOrDefault(x.m.AgendaItemId)).ThenBy(x => x.m.Id)
            .Select(x => new MaterialView(x.m.Id, x.m.AgendaItemId, x.m.FileName, x.m.ContentType, x.m.Size, x.Name, x.m.UploadedAt, x.m.Visibility, x.m.Version,
                MayChangeLevel(actor, meeting, readers, x.m, uploadable.Contains(x.m.AgendaItemId))))
            .ToList();
        var withMaterial = views.Select(v => v.AgendaItemId).ToHashSet();
        var missing = publicOnly ? [] : items
            .Where(i => i.PresenterOrganisationId is { } p && !withMaterial.Contains(i.Id) && CouncilAccess.MayUploadFor(actor, p))
            .Select(i => new MissingMaterial(i.Id, i.Number, i.Title, i.PresenterOrganisationId!.Value, i.PresenterName!))
            .ToList();
        return new MaterialsView(meeting.MaterialsDeadline, uploadable.ToList(), views, missing, meeting.Version, publicOnly);
    }

    /// <summary>
    /// Sets a material's level (公開 / 庁内 / 部外秘): the organisation that brought it while it may still change its
    /// materials, or whoever runs the meeting until the minutes are confirmed; the material's version (stale → 409). Returns the new one.
    /// </summary>
    public async Task<uint> SetVisibilityAsync(Actor actor, int meetingId, int materialId, Visibility? level, uint version, CancellationToken cancellationToken = default)
    {
        if (level is not { } chosen || !Enum.IsDefined(chosen))
        {
            throw new ValidationException("Visibility", "公開範囲を選んでください。");
        }
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var (meeting, readers) = await ReadersAsync(db, actor, meetingId, cancellationToken);
        var material = await db.MeetingMaterials.SingleOrDefaultAsync(m => m.Id == materialId && m.MeetingId == meetingId, cancellationToken)
            ?? throw new NotFoundException("指定された資料は見つかりません。");
        if (!readers.MayRead(meetingId, material.Visibility, material.OrganisationId))
        {
            throw NotAReader();
        }
        var presenter = await db.AgendaItems.Where(i => i.Id == material.AgendaItemId).Select(i => i.PresenterOrganisationId).SingleAsync(cancellationToken);
        if (meeting.State == MeetingState.MinutesConfirmed)
        {
            throw new ConflictException("議事録を確定した会議の資料は変更できません。");
        }
        if (!MayChangeLevel(actor, meeting, readers, material, CanUpload(actor, meeting, presenter, JapanDate.Today(clock)) is null))
        {
            throw new ForbiddenException("資料の公開範囲を変えられるのは、その資料を登録した団体（提出期限まで）と、会議を運営する担当です。");
        }
        db.Expect(material, version);
        material.Visibility = chosen;
        await db.SaveAsync(cancellationToken);
        return material.Version;
    }

    /// <summary>Stores a checked file for an item: the presenter by the deadline, the secretariat until the minutes are confirmed.</summary>
    public async Task<int> UploadAsync(Actor actor, int meetingId, int itemId, string? fileName, Stream content, long size, CancellationToken cancellationToken = default,
        Visibility visibility = Visibility.Internal)
    {
        if (!Enum.IsDefined(visibility))
        {
            throw new ValidationException("Visibility", "公開範囲は、公開・庁内・部外秘のいずれかを選んでください。");
        }
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
            Visibility = visibility,
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
        var (_, readers) = await ReadersAsync(db, actor, meetingId, cancellationToken);
        var material = await db.MeetingMaterials.AsNoTracking().SingleOrDefaultAsync(m => m.Id == materialId && m.MeetingId == meetingId, cancellationToken);
        if (material is null)
        {
            throw readers.ReadsMeeting(meetingId) ? new NotFoundException("指定された資料は見つかりません。") : NotAReader();
        }
        if (!readers.MayRead(meetingId, material.Visibility, material.OrganisationId))
        {
            throw material.Visibility == Visibility.Confidential && readers.ReadsMeeting(meetingId)
                ? new ForbiddenException("この資料は部外秘です。会議体の構成員と、資料を登録した団体、会議を運営する担当だけが見られます。")
                : NotAReader();
        }
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
        var (_, readers) = await ReadersAsync(db, actor, meetingId, cancellationToken);
        if (!readers.ReadsMeeting(meetingId))
        {
            throw NotAReader();
        }
        var meeting = await meetings.GetAsync(actor, meetingId, cancellationToken);
        var items = await agenda.ListAsync(actor, meetingId, cancellationToken);
        var materials = (await db.MeetingMaterials.AsNoTracking().Where(m => m.MeetingId == meetingId).OrderBy(m => m.Id).ToListAsync(cancellationToken))
            .Where(m => readers.MayRead(meetingId, m.Visibility, m.OrganisationId)).ToList();
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

    /// <summary>Whether the actor may set the level of <paramref name="material"/>; <paramref name="mayUploadToItem"/>: it may change the item's materials today.</summary>
    private static bool MayChangeLevel(Actor actor, Meeting meeting, MaterialReaders readers, MeetingMaterial material, bool mayUploadToItem) =>
        meeting.State != MeetingState.MinutesConfirmed
        && (readers.Runs(meeting.Id) || (material.OrganisationId == actor.OrganisationId && mayUploadToItem));

    /// <summary>The meeting and who reads which of its materials (<see cref="MaterialReaders"/>).</summary>
    private async Task<(Meeting Meeting, MaterialReaders Readers)> ReadersAsync(RenkeiDbContext db, Actor actor, int meetingId, CancellationToken cancellationToken)
    {
        var meeting = await CouncilQueries.FindMeetingAsync(db, actor, meetingId, cancellationToken);
        var day = Meeting.DayOf(meeting.StartsAt, meeting.AnswerDeadline, JapanDate.Today(clock));
        return (meeting, await MaterialReaders.ForAsync(db, actor, [new MeetingDay(meeting.Id, meeting.BodyId, day)], cancellationToken));
    }

    private static ForbiddenException NotAReader() =>
        new("この会議の資料は、構成員と説明者、会議を運営する担当（事務局など）だけが見られます。公開の資料があれば、それは誰でも見られます。");
}
