using Renkei.Core.Common;

namespace Renkei.Core.Grants;

/// <summary>A framework to compare with: average population (人), area (km²) and members.</summary>
public sealed record BenchmarkInput(string Label, decimal? Population, decimal? AreaKm2, decimal? Members);
