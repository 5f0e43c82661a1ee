namespace Renkei.Core.Themes;

/// <summary>The rules of moving a theme that the move dialog asks about before the service checks them.</summary>
public static class ThemeMoveRules
{
    /// <summary>A 全県 theme is decided or deferred by the 連携推進会議: the move names that decision and its day.</summary>
    public static bool NeedsCouncilDecision(ThemeScope scope, ThemeState to) =>
        scope == ThemeScope.Prefectural && to is ThemeState.Decided or ThemeState.Deferred;
}
