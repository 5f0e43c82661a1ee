namespace Renkei.Core.Arrangements;

public sealed record ArrangementInput(ArrangementType Type, string? Name, IReadOnlyList<string>? KindsOfWork, DateOnly? EstablishedOn, DateOnly? DissolvedOn, string? Note);
