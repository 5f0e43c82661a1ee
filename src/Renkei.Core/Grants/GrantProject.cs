using Renkei.Core.Auditing;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Grants;

/// <summary>A project of the grant, its field, its planned cost, and what the report says it achieved and cost.</summary>
public class GrantProject : IAudited
{
    public int Id { get; set; }
    public int GrantId { get; set; }
    public VisionField Field { get; set; }
    public required string Name { get; set; }
    public long? PlannedAmount { get; set; }
    public string? Result { get; set; }
    public long? AmountUsed { get; set; }
}
