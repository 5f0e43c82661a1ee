using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Arrangements;

/// <summary>
/// 訂正の依頼: a municipality taking part in an arrangement says what the registry has wrong; the keeper (secretariat
/// or the support office) accepts it, having corrected the record, or declines it with the reason.
/// </summary>
public class CorrectionRequest : IAudited, IVersioned
{
    public int Id { get; set; }
    public int ArrangementId { get; set; }
    public int OrganisationId { get; set; }
    public Guid RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public required string Text { get; set; }
    public CorrectionState State { get; set; } = CorrectionState.Open;

    /// <summary>The keeper's answer: what was corrected, or why not (required to decline).</summary>
    public string? Reply { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public uint Version { get; set; }
}
