namespace Renkei.Core.Organisations;

/// <summary>都道府県: the tenant. Users of one prefecture never see another prefecture's data.</summary>
public class Prefecture
{
    public int Id { get; set; }
    public LocalGovernmentCode Code { get; set; }
    public required string Name { get; set; }
}
