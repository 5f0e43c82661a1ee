namespace Renkei.Core.Common;

/// <summary>
/// Who sees a record beyond those who always do (its own organisation, the secretariat): an approved case, a need, a
/// theme, a meeting material. Each feature's access class says what the levels mean for it.
/// </summary>
public enum Visibility
{
    /// <summary>公開: every signed-in member of staff of the prefecture (an approved case also on the public page, without sign-in).</summary>
    Public = 1,

    /// <summary>庁内: those the feature's reading rules let in (for a case, every signed-in member of staff of the prefecture).</summary>
    Internal = 2,

    /// <summary>部外秘: the organisations involved and the secretariat only.</summary>
    Confidential = 3,
}
