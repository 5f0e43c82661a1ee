using Renkei.Core.Auditing;

namespace Renkei.Core.Council;

/// <summary>What an agenda item is for.</summary>
public enum AgendaItemKind
{
    /// <summary>協議: the body decides.</summary>
    Deliberation = 1,

    /// <summary>報告.</summary>
    Report = 2,

    /// <summary>事例紹介（見える化）.</summary>
    CaseShowcase = 3,

    /// <summary>意見交換.</summary>
    Exchange = 4,
}

/// <summary>The outcome of an item in the minutes.</summary>
public enum AgendaOutcome
{
    /// <summary>承認.</summary>
    Approved = 1,

    /// <summary>修正のうえ承認.</summary>
    ApprovedWithChanges = 2,

    /// <summary>継続審議.</summary>
    Continued = 3,

    /// <summary>否決.</summary>
    Rejected = 4,
}

/// <summary>One item of a meeting's 次第, in order, with its presenter, linked themes and (later) its outcome.</summary>
public class AgendaItem : IAudited
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

public static class AgendaNames
{
    /// <summary>How a decision is cited on a theme: 「{meeting} 議題{n}「{item}」：{outcome}」.</summary>
    public static string Decision(string meetingTitle, int number, string itemTitle, AgendaOutcome? outcome) =>
        $"{meetingTitle} 議題{number}「{itemTitle}」" + (outcome is { } o ? $"：{o.ToJapanese()}" : "");

    public static string ToJapanese(this AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.Deliberation => "協議",
        AgendaItemKind.Report => "報告",
        AgendaItemKind.CaseShowcase => "事例紹介",
        AgendaItemKind.Exchange => "意見交換",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ToJapanese(this AgendaOutcome outcome) => outcome switch
    {
        AgendaOutcome.Approved => "承認",
        AgendaOutcome.ApprovedWithChanges => "修正のうえ承認",
        AgendaOutcome.Continued => "継続審議",
        AgendaOutcome.Rejected => "否決",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
