namespace Renkei.Core.Council;

/// <summary>The outcome of an item in the minutes.</summary>
public enum AgendaOutcome
{
    /// <summary>承認.</summary>
    Approved = 1,

    /// <summary>修正のうえ承認.</summary>
    ApprovedWithChanges = 2,

    /// <summary>継続審議.</summary>
    Continued = 3,

    /// <summary>否決.</summary>
    Rejected = 4,
}
