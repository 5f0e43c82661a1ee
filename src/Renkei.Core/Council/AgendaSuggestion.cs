namespace Renkei.Core.Council;

/// <summary>A suggested item: what the meeting usually takes up, from the themes' states.</summary>
public sealed record AgendaSuggestion(AgendaItemKind Kind, string Title, int ThemeId, int? PresenterOrganisationId);
