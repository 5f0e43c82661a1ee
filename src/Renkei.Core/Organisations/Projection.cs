namespace Renkei.Core.Organisations;

/// <summary>
/// A municipality's latest projection (推計, e.g. 2040) and the policy's flags for it: 人口5千人未満 / 5千～10千人未満
/// and 高齢化率45%以上 / 40～45%未満, the bands of the seed's 図表1 and 図表2. Shown only once a projection is entered.
/// </summary>
public sealed record Projection(int Year, int Population, decimal? ElderlyShare)
{
    public bool IsUnder5000 => PopulationBands.Of(Population) == PopulationBand.Under5000;
    public bool IsFrom5000To10000 => PopulationBands.Of(Population) == PopulationBand.Under10000;
    public bool IsElderly45OrMore => ElderlyShare is >= 45m;
    public bool IsElderly40To45 => ElderlyShare is >= 40m and < 45m;
}
