namespace Renkei.Core.Organisations;

/// <summary>総合支庁: the prefecture's regional office.</summary>
public class BranchOffice : Organisation
{
    public override OrganisationType Type => OrganisationType.BranchOffice;
    public List<SupportOffice> SupportOffices { get; set; } = [];
    public List<Municipality> Municipalities { get; set; } = [];
}
