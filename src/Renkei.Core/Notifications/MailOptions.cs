namespace Renkei.Core.Notifications;

/// <summary>
/// <c>Renkei:Mail</c>. With an SMTP host, mail goes out through it (MailKit); without one, each message
/// is written as an .eml file to <see cref="PickupDirectory"/> so development never mails anyone.
/// </summary>
public sealed class MailOptions
{
    public string FromAddress { get; set; } = "noreply@renkei.example";
    public string FromName { get; set; } = "県・市町村連携ポータル";

    /// <summary>Where links in mails point (the portal's public address).</summary>
    public string PortalUrl { get; set; } = "http://localhost:5080";

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;

    /// <summary>StartTls when the server offers it (the default), or None for a local relay.</summary>
    public string SmtpSecurity { get; set; } = "Auto";
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    public string PickupDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "renkei-mail");
}
