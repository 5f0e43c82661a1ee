using Renkei.Core.Auditing;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Grants;

/// <summary>A dated step after the agreement and vision.</summary>
public class AreaMilestone : IAudited
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public AreaMilestoneKind Kind { get; set; }
    public DateOnly On { get; set; }
    public string? Note { get; set; }
}
