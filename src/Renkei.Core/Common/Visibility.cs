namespace Renkei.Core.Cases;

/// <summary>Who sees an approved case.</summary>
public enum Visibility
{
    /// <summary>公開: also on the public page, without sign-in.</summary>
    Public = 1,

    /// <summary>庁内: every signed-in member of staff of the prefecture.</summary>
    Internal = 2,

    /// <summary>部外秘: the organisations involved and the secretariat.</summary>
    Confidential = 3,
}
