using Renkei.Core.Auditing;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Grants;

/// <summary>交付: one payment to a member.</summary>
public class Disbursement : IAudited
{
    public int Id { get; set; }
    public int GrantShareId { get; set; }
    public DateOnly PaidOn { get; set; }
    public long Amount { get; set; }
}
