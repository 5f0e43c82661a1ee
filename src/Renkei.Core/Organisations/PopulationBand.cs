namespace Renkei.Core.Organisations;

/// <summary>Population bands for comparing municipalities (the 補足資料 counts those under 5,000 and 5,000–10,000).</summary>
public enum PopulationBand
{
    Under5000 = 1,
    Under10000 = 2,
    Under30000 = 3,
    Under100000 = 4,
    From100000 = 5,
}
