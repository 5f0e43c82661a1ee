namespace Renkei.Core.Surveys;

public enum ResponseStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,

    /// <summary>決裁待ち: the author asked the organisation's approver; locked until approved, sent back or withdrawn.</summary>
    AwaitingApproval = 4,

    /// <summary>決裁済: approved within the organisation, ready to submit; locked until submitted or withdrawn.</summary>
    Approved = 5,
}
