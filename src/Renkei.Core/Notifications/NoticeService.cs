using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Notifications;

/// <summary>The signed-in user's own notices (the bell) and which kinds they also want by mail. Nobody reads another's.</summary>
public sealed class NoticeService(UnitOfWork work, TimeProvider clock)
{
    public const int Shown = 100;

    private const string StalePreferences = "メールの設定が変わっています。最新の内容を読み込んでください。";

    public async Task<int> UnreadCountAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        return await db.Notices.CountAsync(n => n.UserId == actor.UserId && n.ReadAt == null, cancellationToken);
    }

    public async Task<NoticeList> ListMineAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var mine = db.Notices.AsNoTracking().Where(n => n.UserId == actor.UserId);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var notices = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Shown)
            .Select(n => new NoticeView(n.Id, n.Kind, n.Subject, n.DueOn, n.Note, n.Href, n.CreatedAt, n.ReadAt != null)).ToListAsync(cancellationToken);
        return new NoticeList(unread, notices);
    }

    /// <summary>Marks one of the user's notices read (again is harmless); another user's is 404.</summary>
    public async Task MarkReadAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var notice = await db.Notices.SingleOrDefaultAsync(n => n.Id == id && n.UserId == actor.UserId, cancellationToken)
            ?? throw new NotFoundException("指定されたお知らせは見つかりません。");
        notice.ReadAt ??= clock.GetUtcNow();
        await db.SaveAsync(cancellationToken);
    }

    public async Task<int> MarkAllReadAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var now = clock.GetUtcNow();
        return await db.Notices.Where(n => n.UserId == actor.UserId && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    public async Task<NotificationPreferencesView> GetPreferencesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var email = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        var preference = await db.NotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == actor.UserId, cancellationToken);
        return new NotificationPreferencesView(preference?.MailKinds.Order().ToList() ?? [], email, preference?.Version ?? 0);
    }

    /// <summary>Sets the kinds to mail; <paramref name="version"/> is the one shown (0 before the first choice), 409 when stale.</summary>
    public async Task<NotificationPreferencesView> SetPreferencesAsync(Actor actor, IReadOnlyList<NoticeKind>? mailKinds, uint version, CancellationToken cancellationToken = default)
    {
        if (mailKinds is null)
        {
            throw new ValidationException("MailKinds", "メールで受け取るお知らせの種類を指定してください（受け取らないときは空の一覧）。");
        }
        if (mailKinds.Any(k => !Enum.IsDefined(k)))
        {
            throw new ValidationException("MailKinds", "お知らせの種類が正しくありません。");
        }
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var preference = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.UserId == actor.UserId, cancellationToken);
        if (preference is null)
        {
            if (version != 0)
            {
                throw new ConflictException(StalePreferences);
            }
            preference = new NotificationPreference { UserId = actor.UserId };
            db.NotificationPreferences.Add(preference);
        }
        else
        {
            db.Expect(preference, version);
        }
        preference.MailKinds = mailKinds.Distinct().Order().ToArray();
        await db.SaveAsync(StalePreferences, cancellationToken);
        return await GetPreferencesAsync(actor, cancellationToken);
    }
}
