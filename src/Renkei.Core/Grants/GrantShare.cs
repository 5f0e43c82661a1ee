using Renkei.Core.Auditing;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Grants;

/// <summary>A member municipality's part of a grant: what it applied for, what it was awarded, paid and used.</summary>
public class GrantShare : IAudited
{
    public int Id { get; set; }
    public int GrantId { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality Municipality { get; set; } = null!;
    public long AmountAppliedFor { get; set; }
    public long? AmountAwarded { get; set; }
    public long? AmountUsed { get; set; }
    public List<Disbursement> Disbursements { get; set; } = [];

    public long AmountDisbursed => Disbursements.Sum(d => d.Amount);

    /// <summary>返還額: what was paid and not used, once the report is in.</summary>
    public long? AmountReturned => AmountUsed is { } used ? Math.Max(0, AmountDisbursed - used) : null;
}
