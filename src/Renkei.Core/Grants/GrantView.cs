namespace Renkei.Core.Grants;

/// <summary>One fiscal year's grant with what the actor may do next.</summary>
public sealed record GrantView(
    int Id, int AreaId, string AreaName, int ProgramId, string ProgramName, int FiscalYear, GrantState State, DateOnly AppliedOn,
    DateOnly? AwardedOn, string? Conditions, DateOnly? ReportDueOn, DateOnly? ReportReceivedOn, string? ReportSummary,
    IReadOnlyList<GrantShareView> Shares, IReadOnlyList<GrantProjectView> Projects, long CapPerMember, AllocationRule Allocation,
    bool CanDecide, bool CanDisburse, bool CanReport, uint Version)
{
    public long AmountAppliedFor => Shares.Sum(s => s.AmountAppliedFor);
    public long? AmountAwarded => State == GrantState.Applied ? null : Shares.Sum(s => s.AmountAwarded ?? 0);
    public long AmountDisbursed => Shares.Sum(s => s.AmountDisbursed);
    public long? AmountUsed => State == GrantState.Reported ? Shares.Sum(s => s.AmountUsed ?? 0) : null;
    public long? AmountReturned => State == GrantState.Reported ? Shares.Sum(s => s.AmountReturned ?? 0) : null;
}
