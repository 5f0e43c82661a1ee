namespace Renkei.Core.Council;

public sealed record AgendaItemView(
    int Id, int Number, AgendaItemKind Kind, string Title, int? PresenterOrganisationId, string? PresenterName, int[] ThemeIds,
    AgendaOutcome? Outcome, string? MinutesNote, uint Version);
