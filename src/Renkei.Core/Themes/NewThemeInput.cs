namespace Renkei.Core.Themes;

/// <summary>A candidate theme from submitted needs; <see cref="Move"/> takes needs that are already in another theme.</summary>
public sealed record NewThemeInput(string? Title, string? Summary, IReadOnlyList<int> ItemIds, bool Move = false);
