namespace Renkei.Core.Organisations;

/// <summary>The one definition of the bands: the list's and profile's flags, the 補足資料 counts and the case library's facet read it.</summary>
public static class PopulationBands
{
    public static PopulationBand Of(int population) => population switch
    {
        < 5_000 => PopulationBand.Under5000,
        < 10_000 => PopulationBand.Under10000,
        < 30_000 => PopulationBand.Under30000,
        < 100_000 => PopulationBand.Under100000,
        _ => PopulationBand.From100000,
    };
}
