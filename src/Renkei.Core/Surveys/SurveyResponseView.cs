namespace Renkei.Core.Surveys;

public sealed record SurveyResponseView(
    int Id, int SurveyId, int FiscalYear, string SurveyTitle, int OrganisationId, string OrganisationName, RespondentGroup Group,
    ResponseStatus Status, bool NoNeeds, DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt, string? ReturnReason, DateTimeOffset? ReturnedAt,
    ResponseWindowView Window, IReadOnlyList<NeedItemView> Items, uint Version, bool CanReturn = false, bool CanSeeProgress = false)
{
    // CanReturn: the caller may send this submitted response back for correction (差戻し); CanSeeProgress: and open the survey's progress.

    /// <summary>True while the organisation's staff may still change it.</summary>
    public bool IsEditable => Status != ResponseStatus.Submitted && Window.SurveyOpen;
}
