namespace Renkei.Core.Themes;

/// <summary>展開方法: each belongs to one framework.</summary>
public enum DeploymentMethod
{
    /// <summary>I-① 行政運営を支える基盤へのサポート.</summary>
    FoundationSupport = 11,

    /// <summary>I-② 業務の効率化・事業効果の拡大.</summary>
    Efficiency = 12,

    /// <summary>II-① 県・市町村の資源等の効果的・総合的な活用.</summary>
    ResourceUse = 21,

    /// <summary>II-② 施策や事業構築のコーディネート.</summary>
    Coordination = 22,

    /// <summary>II-③ 先導的な取組みの創出・展開.</summary>
    Pioneering = 23,
}
