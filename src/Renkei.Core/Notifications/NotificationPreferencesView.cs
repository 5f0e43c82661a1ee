namespace Renkei.Core.Notifications;

/// <summary>The kinds the user receives by mail too, the address they go to (none: no mail), and the version to send back.</summary>
public sealed record NotificationPreferencesView(IReadOnlyList<NoticeKind> MailKinds, string? Email, uint Version);
