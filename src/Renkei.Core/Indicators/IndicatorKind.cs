using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Indicators;

public enum IndicatorKind
{
    Quantity = 1,

    /// <summary>累計: each year's value includes the years before.</summary>
    CumulativeQuantity = 2,

    /// <summary>箇所数・拠点数.</summary>
    PlaceCount = 3,

    /// <summary>A qualitative milestone (方針策定): reached (1) or not.</summary>
    Milestone = 4,
}
