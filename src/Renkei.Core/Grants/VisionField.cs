using Renkei.Core.Auditing;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Grants;

/// <summary>The fields the review counts (連携協定及び連携ビジョンの内容).</summary>
public enum VisionField
{
    IndustryPromotion = 1,
    MigrationAndExchange = 2,
    Medical = 3,
    Welfare = 4,
    Education = 5,
    StaffExchange = 6,
    Other = 7,
}
