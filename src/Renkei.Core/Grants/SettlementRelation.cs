using Renkei.Core.Auditing;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Grants;

/// <summary>定住自立圏等との関係, as the review sorts the areas.</summary>
public enum SettlementRelation
{
    /// <summary>定住自立圏等の活用が困難な地域での連携.</summary>
    Unusable = 1,

    /// <summary>定住自立圏域等との重複地域を含む連携.</summary>
    IncludesOverlap = 2,

    /// <summary>定住自立圏等の圏域内における連携.</summary>
    WithinArea = 3,
}
