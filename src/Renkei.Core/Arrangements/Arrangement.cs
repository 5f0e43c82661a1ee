using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Arrangements;

/// <summary>
/// A wide-area arrangement (広域連携の仕組み): its type, the kinds of work it handles, its parties over time and its
/// dated steps. A 圏域 without a vision step is in preparation.
/// </summary>
public class Arrangement : IAudited, IVersioned
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public ArrangementType Type { get; set; }
    public required string Name { get; set; }
    public string[] KindsOfWork { get; set; } = [];
    public DateOnly? EstablishedOn { get; set; }
    public DateOnly? DissolvedOn { get; set; }
    public string? Note { get; set; }
    public List<ArrangementMember> Members { get; set; } = [];
    public List<ArrangementStep> Steps { get; set; } = [];
    public uint Version { get; set; }

    /// <summary>In force on <paramref name="day"/>: established then (or its date not entered) and not yet dissolved.</summary>
    public bool IsInForceOn(DateOnly day) => (EstablishedOn is null || EstablishedOn <= day) && (DissolvedOn is null || day < DissolvedOn);
}
