namespace Renkei.Core.Surveys;

/// <summary>
/// A survey as the caller sees it, with what the caller may do with it: answer it (by <see cref="AnswerBy"/>, the
/// deadline of the caller's group), see who has answered, read the summary, or manage it (open, extend, close).
/// </summary>
public sealed record SurveySummaryView(
    int Id, int FiscalYear, string Title, SurveyStatus Status,
    DateOnly MunicipalOpensOn, DateOnly MunicipalClosesOn, DateOnly DepartmentOpensOn, DateOnly DepartmentClosesOn, uint Version,
    DateOnly? AnswerBy = null, bool CanSeeProgress = false, bool CanReadSummary = false, bool CanManage = false)
{
    public bool CanAnswer => AnswerBy is not null;
}
