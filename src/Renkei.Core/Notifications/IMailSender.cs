using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Renkei.Core.Notifications;

public interface IMailSender
{
    Task SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken = default);
}
