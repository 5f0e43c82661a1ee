namespace Renkei.Core.Organisations;

/// <summary>連携担当窓口.</summary>
public class MunicipalityContact : Auditing.IAudited
{
    public string? Division { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}
