namespace Renkei.Core.Themes;

/// <summary>The meeting (and agenda item) whose decision a step follows; its title, outcome and day fill what is not given.</summary>
public sealed record DecisionRef(int MeetingId, int? AgendaItemId = null);
