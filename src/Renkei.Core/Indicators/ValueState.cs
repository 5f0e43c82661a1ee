using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Indicators;

public enum ValueState
{
    /// <summary>承認待ち.</summary>
    Submitted = 1,

    /// <summary>承認済: counts in the progress.</summary>
    Approved = 2,

    /// <summary>差戻し: the owner corrects and submits again.</summary>
    Returned = 3,
}
