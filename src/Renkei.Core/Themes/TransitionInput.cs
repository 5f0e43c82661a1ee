namespace Renkei.Core.Themes;

public sealed record TransitionInput(ThemeState To, string? Reason, string? DecisionText = null, DateOnly? DecisionDate = null, DecisionRef? DecisionRef = null, uint Version = 0);
