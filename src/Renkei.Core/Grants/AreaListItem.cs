namespace Renkei.Core.Grants;

public sealed record AreaListItem(
    int Id, string Name, int StartFiscalYear, int LastSupportFiscalYear, int RegisteredMembers, int? DeclaredMemberCount,
    SettlementRelation? SettlementRelation, IReadOnlyList<VisionField> Fields, string? SizeWarning)
{
    /// <summary>Fewer members registered than a source reports: the page and the report say so.</summary>
    public bool MembersIncomplete => DeclaredMemberCount is { } declared && RegisteredMembers < declared;
}
