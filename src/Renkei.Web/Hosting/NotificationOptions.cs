namespace Renkei.Web.Hosting;

/// <summary><c>Renkei:Notifications</c>: whether this portal runs the daily notices, and how often it looks whether today's are done.</summary>
public sealed class NotificationOptions
{
    public bool Enabled { get; set; } = true;
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(30);
}
