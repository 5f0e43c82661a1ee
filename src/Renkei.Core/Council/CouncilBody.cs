using Renkei.Core.Auditing;
using Renkei.Core.Organisations;

namespace Renkei.Core.Council;

/// <summary>A body of the council structure (設置要綱).</summary>
public class CouncilBody : IAudited, Data.IVersioned
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public BodyKind Kind { get; set; }
    public required string Name { get; set; }
    public required string ChairPost { get; set; }

    /// <summary>The theme a working team studies.</summary>
    public int? ThemeId { get; set; }

    /// <summary>The 連携支援室 that runs a regional body (副首長会議, 企画担当課長会議…); null for the council's own.</summary>
    public int? OwnerOrganisationId { get; set; }
    public List<BodyMembership> Memberships { get; set; } = [];
    public uint Version { get; set; }
}
