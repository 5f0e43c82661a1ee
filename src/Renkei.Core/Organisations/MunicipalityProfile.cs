namespace Renkei.Core.Organisations;

public sealed record MunicipalityProfile(
    int Id, string Code, string Name, MunicipalityKind Kind, string Region,
    string? BranchOffice, string? SupportOffice, MunicipalityContactView Contact, uint Version,
    IReadOnlyList<MunicipalityStatisticView> Statistics, bool CanEditContact, bool CanEditStatistics)
{
    /// <summary>The latest figure that is not a projection (census or estimate), which the 人口5千人未満 flag reads.</summary>
    public MunicipalityStatisticView? LatestFigure => Statistics.Where(s => !s.IsProjection).MaxBy(s => s.Year);

    /// <summary>The seed's flag for the smallest municipalities, as on the list.</summary>
    public bool IsUnder5000 => LatestFigure is { } latest && PopulationBands.Of(latest.Population) == PopulationBand.Under5000;

    /// <summary>The latest projection entered (推計), with the policy's flags; null until one is.</summary>
    public Projection? Projection => Statistics.Where(s => s.IsProjection).MaxBy(s => s.Year) is { } p ? new Projection(p.Year, p.Population, p.ElderlyShare) : null;
}
