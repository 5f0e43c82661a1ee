namespace Renkei.Core.Council;

/// <summary>An item whose presenter has not brought any material yet.</summary>
public sealed record MissingMaterial(int AgendaItemId, int Number, string Title, int PresenterOrganisationId, string PresenterName);
