using Renkei.Core.Organisations;

namespace Renkei.Core.Cases;

/// <summary>A municipality the case has not reached yet, and why it looks like those it has.</summary>
public sealed record ReachCandidate(int OrganisationId, string Name, string Region, PopulationBand? Band, IReadOnlyList<string> Reasons);
