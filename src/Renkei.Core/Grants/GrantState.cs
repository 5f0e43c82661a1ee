using Renkei.Core.Auditing;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Grants;

public enum GrantState
{
    /// <summary>申請中.</summary>
    Applied = 1,

    /// <summary>交付決定済.</summary>
    Awarded = 2,

    /// <summary>実績報告済.</summary>
    Reported = 3,
}
