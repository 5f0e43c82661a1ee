namespace Renkei.Core.Grants;

/// <summary>
/// The area page: record, members, fields, secretariats, steps and grants; the fiscal years the actor may apply for
/// (its support years without a grant yet, where it is the secretariat), and what it may keep.
/// </summary>
public sealed record AreaView(
    int Id, int ProgramId, string ProgramName, string Name, int StartFiscalYear, int LastSupportFiscalYear, int? DeclaredMemberCount,
    SettlementRelation? SettlementRelation, DateOnly? AgreementOn, DateOnly? AgreementPublishedOn, DateOnly? VisionOn,
    int? VisionFromFiscalYear, int? VisionToFiscalYear, DateOnly? VisionPublishedOn, bool? StakeholdersHeard, string? Note,
    IReadOnlyList<AreaMemberView> Members, IReadOnlyList<AreaFieldView> Fields, IReadOnlyList<AreaSecretariatView> Secretariats,
    IReadOnlyList<AreaMilestoneView> Milestones, IReadOnlyList<GrantListItem> Grants, string? SizeWarning,
    IReadOnlyList<int> ApplicableFiscalYears, bool CanManage, uint Version)
{
    public bool MembersIncomplete => DeclaredMemberCount is { } declared && Members.Count(m => m.IsCurrent) < declared;
}
