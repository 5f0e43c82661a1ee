namespace Renkei.Core.Notifications;

/// <summary>The user's notices, newest first (the latest <see cref="NoticeService.Shown"/>), and how many are unread in all.</summary>
public sealed record NoticeList(int Unread, IReadOnlyList<NoticeView> Notices);
