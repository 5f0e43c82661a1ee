namespace Renkei.Core.Organisations;

public sealed record MunicipalityStatisticView(
    int Id, int Year, int Population, decimal? ElderlyShare, int? GeneralAdminStaff,
    int? CivilEngineers, int? ArchitectureEngineers, int? AgriForestryEngineers, bool IsProjection, uint Version, decimal? AreaKm2 = null);
