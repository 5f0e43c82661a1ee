using Renkei.Core.Auditing;

namespace Renkei.Core.Arrangements;

/// <summary>
/// A dated step: 設立, 規約変更, 中心市宣言, a partner's 協定 (with <see cref="PartnerOrganisationId"/>), a vision. Where only
/// the month is known (ビジョン「平成23年11月策定」) <see cref="MonthOnly"/> says so; a day not found stays empty.
/// </summary>
public class ArrangementStep : IAudited
{
    public int Id { get; set; }
    public int ArrangementId { get; set; }
    public StepKind Kind { get; set; }
    public DateOnly? On { get; set; }
    public bool MonthOnly { get; set; }
    public int? PartnerOrganisationId { get; set; }
    public string? Title { get; set; }
    public string? Note { get; set; }
}
