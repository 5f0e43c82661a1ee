using Renkei.Core.Auditing;

namespace Renkei.Core.Arrangements;

/// <summary>A link to a document of an arrangement: its 規約, a 協定, a vision, the 総務省 survey page.</summary>
public class ArrangementDocument : IAudited
{
    public int Id { get; set; }
    public int ArrangementId { get; set; }
    public required string Title { get; set; }
    public required string Url { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}
