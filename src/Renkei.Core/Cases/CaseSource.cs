namespace Renkei.Core.Cases;

/// <summary>An outside source: another prefecture's case, a 総務省 page, a report.</summary>
public class CaseSource : Auditing.IAudited
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public required string Title { get; set; }
    public string? Url { get; set; }
    public int SortOrder { get; set; }
}
