namespace Renkei.Core.Themes;

/// <summary>A regional theme belongs to its 連携支援室; a 全県 theme to the secretariat and the council.</summary>
public enum ThemeScope
{
    Regional = 1,
    Prefectural = 2,
}
