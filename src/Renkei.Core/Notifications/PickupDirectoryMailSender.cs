using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Renkei.Core.Notifications;

/// <summary>Development: every message becomes an .eml file (open it with any mail client).</summary>
public sealed class PickupDirectoryMailSender(IOptions<MailOptions> options, ILogger<PickupDirectoryMailSender> logger, TimeProvider clock) : IMailSender
{
    public async Task SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken = default)
    {
        var directory = options.Value.PickupDirectory;
        Directory.CreateDirectory(directory);
        foreach (var message in messages)
        {
            var path = Path.Combine(directory, $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(path, cancellationToken);
            logger.LogInformation("Mail to {To} written to {Path}: {Subject}", message.To.ToString(), path, message.Subject);
        }
    }
}
