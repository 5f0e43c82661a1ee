namespace Renkei.Core.Organisations;

/// <summary>市町村.</summary>
public class Municipality : Organisation
{
    public override OrganisationType Type => OrganisationType.Municipality;
    public LocalGovernmentCode Code { get; set; }
    public MunicipalityKind Kind { get; set; }

    /// <summary>地域 (村山, 最上, 置賜, 庄内 in Yamagata).</summary>
    public required string Region { get; set; }

    /// <summary>
    /// The 総合支庁 and 連携支援室 serving it; empty where the reference files do not say (北海道's 振興局 are not in
    /// them), in which case <see cref="Region"/> is empty too and the pages show 未登録.
    /// </summary>
    public int? BranchOfficeId { get; set; }
    public BranchOffice? BranchOffice { get; set; }
    public int? SupportOfficeId { get; set; }
    public SupportOffice? SupportOffice { get; set; }

    /// <summary>The municipality's contact for collaboration matters; kept up to date by the municipality itself.</summary>
    public MunicipalityContact Contact { get; set; } = new();

    public List<MunicipalityStatistic> Statistics { get; set; } = [];
}
