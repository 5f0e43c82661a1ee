namespace Renkei.Core.Arrangements;

/// <summary>The correction requests of one arrangement the caller may see, and whether the caller may file one.</summary>
public sealed record ArrangementCorrections(IReadOnlyList<CorrectionView> Items, bool CanRequest);
