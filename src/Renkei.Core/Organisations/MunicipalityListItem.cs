namespace Renkei.Core.Organisations;

public sealed record MunicipalityListItem(
    int Id, string Code, string Name, MunicipalityKind Kind, string Region,
    string? BranchOffice, string? SupportOffice, int? LatestPopulation, int? LatestPopulationYear, Projection? Projection = null)
{
    /// <summary>The seed's flag for the smallest municipalities (小規模市町村: 人口5千人未満), by the latest census-type figure.</summary>
    public bool IsUnder5000 => LatestPopulation is { } population && PopulationBands.Of(population) == PopulationBand.Under5000;
}
