namespace Renkei.Core.Themes;

/// <summary>連携の枠組み.</summary>
public enum ThemeFramework
{
    /// <summary>I 市町村の自立的な行政運営の確保.</summary>
    Autonomy = 1,

    /// <summary>II 「地域創生」「やまがた創生」の実現.</summary>
    RegionalRevitalisation = 2,
}
