using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Regions;

/// <summary>
/// A request for 専門的・技術的分野の支援 from the 連携支援サポートチーム, made for a theme or a need, tracked until the
/// answer is recorded (by whom, on which day).
/// </summary>
public class SupportRequest : IAudited, IVersioned
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public int SupportOfficeId { get; set; }
    public int? ThemeId { get; set; }
    public int? NeedItemId { get; set; }
    public SupportField Field { get; set; }
    public required string Question { get; set; }
    public DateOnly RequestedOn { get; set; }
    public DateOnly? WantedBy { get; set; }

    /// <summary>The member asked (or who answered).</summary>
    public int? MemberId { get; set; }

    public SupportRequestState State { get; set; } = SupportRequestState.Open;
    public string? Answer { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    public uint Version { get; set; }
}
