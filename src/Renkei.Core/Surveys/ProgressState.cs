namespace Renkei.Core.Surveys;

/// <summary>What the progress table shows for a respondent.</summary>
public enum ProgressState
{
    NotStarted = 1,
    InProgress = 2,
    Submitted = 3,
    Returned = 4,

    /// <summary>決裁待ち within the organisation.</summary>
    AwaitingApproval = 5,

    /// <summary>決裁済, not yet submitted.</summary>
    Approved = 6,
}
