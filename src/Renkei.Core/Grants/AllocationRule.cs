using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Grants;

/// <summary>How an area's grant may be shared among its members.</summary>
public enum AllocationRule
{
    /// <summary>均等配分: each member up to the cap.</summary>
    EqualPerMember = 1,

    /// <summary>柔軟配分: any share within the area's total (members × cap), e.g. weighted to the 事務局 for its burden.</summary>
    FlexibleWithinTotal = 2,
}
