namespace Renkei.Core.Notifications;

/// <summary>A day the notices were prepared: the run records itself so a second portal, or a restart, does not run it again that day.</summary>
public class NotificationRun
{
    public DateOnly Day { get; set; }
    public DateTimeOffset RanAt { get; set; }
    public int Created { get; set; }
    public int Mailed { get; set; }
}
