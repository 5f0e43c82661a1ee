namespace Renkei.Core.Search;

/// <summary>What a search hit is, in the order the results page groups them.</summary>
public enum SearchKind
{
    Need,
    Theme,
    Meeting,
    Material,
    Case,
    Arrangement,
    Contact,
    Indicator,
}
