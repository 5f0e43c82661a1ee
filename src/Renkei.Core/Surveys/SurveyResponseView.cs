namespace Renkei.Core.Surveys;

public sealed record SurveyResponseView(
    int Id, int SurveyId, int FiscalYear, string SurveyTitle, int OrganisationId, string OrganisationName, RespondentGroup Group,
    ResponseStatus Status, bool NoNeeds, DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt, string? ReturnReason, DateTimeOffset? ReturnedAt,
    ResponseWindowView Window, IReadOnlyList<NeedItemView> Items, uint Version, bool CanReturn = false, bool CanSeeProgress = false)
{
    // CanReturn: the caller may send this submitted response back for correction (差戻し); CanSeeProgress: and open the survey's progress.

    /// <summary>決裁 before submitting (<see cref="ResponseApprovalView.None"/> where nobody asked for it).</summary>
    public ResponseApprovalView Approval { get; init; } = ResponseApprovalView.None;

    /// <summary>True while the organisation's staff may still change it (not while it waits for or holds a 決裁).</summary>
    public bool IsEditable => Status is ResponseStatus.Draft or ResponseStatus.Returned && Window.SurveyOpen;

    /// <summary>It may be submitted now: approved, or editable where no 決裁 is required (the window is checked on submitting).</summary>
    public bool CanSubmit => Window.SurveyOpen && (Status == ResponseStatus.Approved || (IsEditable && !Approval.Required));
}
