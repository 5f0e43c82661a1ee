namespace Renkei.Core.Notifications;

/// <summary>What one pass of the daily run did: nothing (another portal holds the lock, or the day is done), or the notices written and mailed.</summary>
public sealed record NotificationRunResult(DateOnly Day, bool Ran, int Created, int Mailed);
