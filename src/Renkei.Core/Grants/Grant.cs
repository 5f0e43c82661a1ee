using Renkei.Core.Auditing;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Grants;

/// <summary>
/// One fiscal year's grant to an area: applied for by its secretariat municipality (shares per member, projects),
/// decided by the program's secretariat (交付決定), paid out (交付) and reported on (実績報告). Field names follow the
/// 360Giving data standard where they meet (amountAppliedFor, amountAwarded, amountDisbursed).
/// </summary>
public class Grant : IAudited, IVersioned
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public CollaborationArea Area { get; set; } = null!;
    public int FiscalYear { get; set; }
    public GrantState State { get; set; }
    public DateOnly AppliedOn { get; set; }
    public DateOnly? AwardedOn { get; set; }
    public string? Conditions { get; set; }
    public DateOnly? ReportDueOn { get; set; }
    public DateOnly? ReportReceivedOn { get; set; }
    public string? ReportSummary { get; set; }
    public List<GrantShare> Shares { get; set; } = [];
    public List<GrantProject> Projects { get; set; } = [];
    public uint Version { get; set; }
}
