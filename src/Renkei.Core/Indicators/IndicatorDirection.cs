using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Indicators;

public enum IndicatorDirection
{
    HigherIsBetter = 1,

    /// <summary>e.g. 雪害による死亡者数.</summary>
    LowerIsBetter = 2,
}
