using Renkei.Core.Auditing;

namespace Renkei.Core.Council;

/// <summary>One item of a meeting's 次第, in order, with its presenter, linked themes and (later) its outcome.</summary>
public class AgendaItem : IAudited, Data.IVersioned
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int SortOrder { get; set; }
    public AgendaItemKind Kind { get; set; }
    public required string Title { get; set; }
    public int? PresenterOrganisationId { get; set; }
    public int[] ThemeIds { get; set; } = [];
    public AgendaOutcome? Outcome { get; set; }
    public string? MinutesNote { get; set; }
    public uint Version { get; set; }
}
