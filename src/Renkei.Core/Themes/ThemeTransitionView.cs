namespace Renkei.Core.Themes;

public sealed record ThemeTransitionView(
    ThemeState? From, ThemeState To, DateTimeOffset At, string? UserName, string Reason, string? DecisionText, DateOnly? DecisionDate, bool Escalated,
    int? MeetingId = null, int? AgendaItemId = null);
