namespace Renkei.Core.Organisations;

/// <summary>One year's figures for a municipality; a projection (推計) is marked as such.</summary>
public class MunicipalityStatistic : Auditing.IAudited, Data.IVersioned
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality Municipality { get; set; } = null!;
    public int Year { get; set; }
    public int Population { get; set; }

    /// <summary>高齢化率: share of residents aged 65 or over, in percent (e.g. 30.8).</summary>
    public decimal? ElderlyShare { get; set; }

    /// <summary>一般行政部門の職員数.</summary>
    public int? GeneralAdminStaff { get; set; }
    public int? CivilEngineers { get; set; }
    public int? ArchitectureEngineers { get; set; }
    public int? AgriForestryEngineers { get; set; }
    /// <summary>面積 (km²), for the size of collaboration areas.</summary>
    public decimal? AreaKm2 { get; set; }

    public bool IsProjection { get; set; }
    public uint Version { get; set; }
}
