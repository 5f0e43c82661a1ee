namespace Renkei.Core.Cases;

/// <summary>Evidence of a result: an indicator with its figures before and after, and where they come from.</summary>
public class CaseResult : Auditing.IAudited
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public required string Indicator { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Source { get; set; }
    public int SortOrder { get; set; }
}
