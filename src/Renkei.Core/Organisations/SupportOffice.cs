namespace Renkei.Core.Organisations;

/// <summary>連携支援室: belongs to a branch office; its jurisdiction is the municipalities assigned to it.</summary>
public class SupportOffice : Organisation
{
    public override OrganisationType Type => OrganisationType.SupportOffice;
    public int BranchOfficeId { get; set; }
    public BranchOffice BranchOffice { get; set; } = null!;
    public List<Municipality> Jurisdiction { get; set; } = [];
}
