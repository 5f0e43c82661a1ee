using Renkei.Core.Auditing;

namespace Renkei.Core.Council;

/// <summary>A milestone of the year that is not a meeting (ニーズ調査, 予算計上 …).</summary>
public class Milestone : IAudited, Data.IVersioned
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public int FiscalYear { get; set; }
    public required string Title { get; set; }
    public DateOnly TargetFrom { get; set; }
    public DateOnly TargetUntil { get; set; }
    public DateOnly? DoneOn { get; set; }
    public uint Version { get; set; }
}
