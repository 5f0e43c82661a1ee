using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Notifications;

/// <summary>
/// Mails the notices of the last <see cref="Window"/> not yet mailed, to users who chose their kind by mail, each in the
/// language the user last chose in the portal (Japanese until they choose). A notice is mailed at most once; older ones
/// stay in the portal only.
/// </summary>
public sealed class NoticeMailer(IMailSender mail, IOptions<MailOptions> options, IWordings wordings)
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
        var w = wordings.For(notice.User.Language);
        var kind = w.Say(notice.Kind.ToJapanese());
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, o.FromAddress));
        message.To.Add(new MailboxAddress(notice.User.DisplayName, notice.User.Email!));
        message.Subject = w.Format("【{0}】{1}：{2}", o.FromName, kind, notice.Subject);
        var lines = new List<string> { w.Format("{0} 様", notice.User.DisplayName), "", w.Format("{0}：{1}", kind, notice.Subject) };
        if (notice.DueOn is { } due)
        {
            lines.Add(w.Say($"期限：{Wareki.FormatDate(due)}"));
        }
        if (notice.Note is { Length: > 0 } note && notice.Kind != NoticeKind.IndicatorActualDue)
        {
            lines.Add(w.Format("理由：{0}", note));
        }
        lines.AddRange(["", w.Say("次のページで確認してください。"), $"{o.PortalUrl.TrimEnd('/')}{notice.Href}", "",
            w.Say("メールで受け取るお知らせは、ポータルの「お知らせ」ページで選べます。"), w.Format("※このメールは{0}から送信しています。", o.FromName)]);
        message.Body = new TextPart("plain") { Text = string.Join("\n", lines) };
        return message;
    }
}
