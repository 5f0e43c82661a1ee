namespace Renkei.Core.Council;

public sealed record AgendaItemInput(AgendaItemKind Kind, string? Title, int? PresenterOrganisationId, int[]? ThemeIds);
