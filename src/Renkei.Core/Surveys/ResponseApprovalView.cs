namespace Renkei.Core.Surveys;

/// <summary>
/// 決裁 of one response as its page shows it: whether the organisation requires it, who asked and who approved, the
/// approver's comment when it was sent back, and what the caller may do now.
/// </summary>
public sealed record ResponseApprovalView(
    bool Required, string? RequestedBy, DateTimeOffset? RequestedAt, string? ApprovedBy, DateTimeOffset? ApprovedAt, string? Comment,
    bool HasApprovers, bool CanRequest, bool CanDecide, bool CanWithdraw)
{
    public static readonly ResponseApprovalView None = new(false, null, null, null, null, null, false, false, false, false);
}
