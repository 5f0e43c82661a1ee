using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Grants;

/// <summary>A framework to compare the areas with in the effect report: average population, area and members.</summary>
public class EffectBenchmark
{
    public required string Label { get; set; }
    public decimal? Population { get; set; }
    public decimal? AreaKm2 { get; set; }
    public decimal? Members { get; set; }
}
