namespace Renkei.Core.Notifications;

/// <summary>What a notice tells: a deadline the portal knows (found by the daily run) or a decision on one's work (written at once).</summary>
public enum NoticeKind
{
    /// <summary>The survey's window opened for the organisation.</summary>
    SurveyOpened = 1,

    /// <summary>3 days or less before the window closes, not yet submitted.</summary>
    SurveyClosing = 2,

    /// <summary>A meeting's materials deadline is near and the organisation's item has none.</summary>
    MaterialsDue = 3,

    /// <summary>A written meeting's answer deadline is near and the member has not answered.</summary>
    WrittenAnswerDue = 4,

    /// <summary>A grant's 実績報告 is due within 7 days.</summary>
    GrantReportDue = 5,

    /// <summary>An indicator's year has ended without an actual.</summary>
    IndicatorActualDue = 6,

    /// <summary>A follow-up of a contact record is due within 3 days.</summary>
    FollowUpDue = 7,

    /// <summary>The secretariat returned the organisation's survey answer (差戻し).</summary>
    NeedReturned = 8,

    /// <summary>A case the organisation registered was approved.</summary>
    CaseApproved = 9,

    /// <summary>A case the organisation registered was returned.</summary>
    CaseReturned = 10,

    /// <summary>A colleague asks the approver for the 決裁 of the organisation's survey answer.</summary>
    ApprovalRequested = 11,

    /// <summary>The approver approved the answer the user asked about (決裁済): it can be submitted.</summary>
    ResponseApproved = 12,

    /// <summary>The approver sent the answer back within the organisation with a comment.</summary>
    ApprovalReturned = 13,
}
