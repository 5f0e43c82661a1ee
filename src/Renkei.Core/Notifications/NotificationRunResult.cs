namespace Renkei.Core.Notifications;

/// <summary>
/// What one pass of the daily run did: nothing (another portal holds the lock, or the day is done), or the notices written
/// and mailed, and the read ones it removed after <see cref="NotificationRunner.KeepRead"/>.
/// </summary>
public sealed record NotificationRunResult(DateOnly Day, bool Ran, int Created, int Mailed, int Removed = 0);
