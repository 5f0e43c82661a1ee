using Renkei.Core.Auditing;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Grants;

/// <summary>
/// 連携地域: the municipalities that work together under a program, with their 連携協定 and 連携ビジョン (both to be
/// published), the fields of the vision and its projects, the secretariat municipality of each fiscal year and the
/// dated steps that follow (amendments, 連携協約, 議会の議決).
/// </summary>
public class CollaborationArea : IAudited, IVersioned
{
    public int Id { get; set; }
    public int ProgramId { get; set; }
    public GrantProgram Program { get; set; } = null!;
    public required string Name { get; set; }
    public int StartFiscalYear { get; set; }

    /// <summary>構成市町村数 as a source reports it, kept where its members are not (all) registered.</summary>
    public int? DeclaredMemberCount { get; set; }

    public SettlementRelation? SettlementRelation { get; set; }
    public DateOnly? AgreementOn { get; set; }
    public DateOnly? AgreementPublishedOn { get; set; }
    public DateOnly? VisionOn { get; set; }
    public int? VisionFromFiscalYear { get; set; }
    public int? VisionToFiscalYear { get; set; }
    public DateOnly? VisionPublishedOn { get; set; }

    /// <summary>関係団体の意見聴取 before the vision: null = not entered.</summary>
    public bool? StakeholdersHeard { get; set; }

    public string? Note { get; set; }
    public List<AreaMember> Members { get; set; } = [];
    public List<AreaVisionField> Fields { get; set; } = [];
    public List<AreaSecretariat> Secretariats { get; set; } = [];
    public List<AreaMilestone> Milestones { get; set; } = [];
    public uint Version { get; set; }
}
