using Renkei.Core.Data;

namespace Renkei.Core.Notifications;

/// <summary>The kinds of notice a user also wants by mail (none until they choose); every notice is in the portal regardless.</summary>
public class NotificationPreference : IVersioned
{
    public Guid UserId { get; set; }
    public NoticeKind[] MailKinds { get; set; } = [];
    public uint Version { get; set; }
}
