namespace Renkei.Core.Themes;

/// <summary>One step of a theme's life: who moved it, when, why, and the council decision behind it.</summary>
public class ThemeTransition
{
    public int Id { get; set; }
    public int ThemeId { get; set; }
    public ThemeState? From { get; set; }
    public ThemeState To { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }
    public required string Reason { get; set; }

    /// <summary>The council decision (決定/見送り of a 全県 theme): its wording and date until meetings are recorded.</summary>
    public string? DecisionText { get; set; }
    public DateOnly? DecisionDate { get; set; }

    /// <summary>True for the step that handed a regional theme to the secretariat (全県へ); the state stays.</summary>
    public bool Escalated { get; set; }

    /// <summary>The meeting and agenda item whose confirmed minutes made this move.</summary>
    public int? MeetingId { get; set; }
    public int? AgendaItemId { get; set; }
}
