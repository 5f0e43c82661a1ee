namespace Renkei.Core.Organisations;

public enum OrganisationType
{
    Municipality = 1,
    Department = 2,
    BranchOffice = 3,
    SupportOffice = 4,
}
