namespace Renkei.Core.Surveys;

/// <summary>The seed's result table: items by respondent group, section and category, with the <c>*</c> marks.</summary>
public sealed record SurveySummary(int SurveyId, int FiscalYear, string Title, SurveyStatus Status, GroupSummary Municipal, GroupSummary Departments);
