using Renkei.Core.Auditing;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Grants;

public enum AreaMilestoneKind
{
    /// <summary>協定の変更 (e.g. a member added).</summary>
    AgreementAmended = 1,

    /// <summary>関係団体・住民の意見聴取.</summary>
    StakeholderHearing = 2,

    /// <summary>議会の議決.</summary>
    CouncilResolution = 3,

    /// <summary>連携協約の締結 (地方自治法 252条の2).</summary>
    CollaborationAccord = 4,

    /// <summary>連携ビジョンの改定.</summary>
    VisionRevised = 5,

    Other = 9,
}
