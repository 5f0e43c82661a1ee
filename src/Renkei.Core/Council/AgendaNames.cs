namespace Renkei.Core.Council;

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
