using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Renkei.Core.Calendar;
using Renkei.Core.Data;

namespace Renkei.Core.Notifications;

/// <summary>
/// Mails the notices of the last <see cref="Window"/> not yet mailed, to users who chose their kind by mail (in Japanese,
/// the portal's language of record). A notice is mailed at most once; older ones stay in the portal only.
/// </summary>
public sealed class NoticeMailer(IMailSender mail, IOptions<MailOptions> options)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(2);

    internal async Task<int> SendPendingAsync(RenkeiDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - Window;
        var pending = await db.Notices.Include(n => n.User)
            .Where(n => n.MailedAt == null && n.CreatedAt >= since && n.User.Email != null
                && db.NotificationPreferences.Any(p => p.UserId == n.UserId && p.MailKinds.Contains(n.Kind)))
            .OrderBy(n => n.Id).ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }
        await mail.SendAsync(pending.Select(Message).ToList(), cancellationToken);
        foreach (var notice in pending)
        {
            notice.MailedAt = now;
        }
        return pending.Count;
    }

    private MimeMessage Message(Notice notice)
    {
        var o = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, o.FromAddress));
        message.To.Add(new MailboxAddress(notice.User.DisplayName, notice.User.Email!));
        message.Subject = $"【{o.FromName}】{NoticeKindNames.ToJapanese(notice.Kind)}：{notice.Subject}";
        var due = notice.DueOn is { } d ? $"\n期限：{Wareki.FormatDate(d)}" : "";
        var note = notice.Note is { Length: > 0 } n && notice.Kind != NoticeKind.IndicatorActualDue ? $"\n理由：{n}" : "";
        message.Body = new TextPart("plain")
        {
            Text = $"""
                {notice.User.DisplayName} 様

                {NoticeKindNames.ToJapanese(notice.Kind)}：{notice.Subject}{due}{note}

                次のページで確認してください。
                {o.PortalUrl.TrimEnd('/')}{notice.Href}

                メールで受け取るお知らせは、ポータルの「お知らせ」ページで選べます。
                ※このメールは{o.FromName}から送信しています。
                """,
        };
        return message;
    }
}
