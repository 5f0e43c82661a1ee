using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Indicators;

/// <summary>The target of one year (指標値（工程）).</summary>
public class IndicatorTarget : IAudited
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int Year { get; set; }
    public decimal Value { get; set; }
}
