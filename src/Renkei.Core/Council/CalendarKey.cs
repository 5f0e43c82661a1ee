namespace Renkei.Core.Council;

/// <summary>A user's secret calendar address; only its hash is kept, so a leaked database gives no working address.</summary>
public class CalendarKey
{
    public Guid UserId { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
