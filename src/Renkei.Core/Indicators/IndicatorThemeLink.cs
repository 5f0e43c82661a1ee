namespace Renkei.Core.Indicators;

public sealed record IndicatorThemeLink(int ThemeId, string Title);
