using Renkei.Core.Surveys;

namespace Renkei.Core.Regions;

/// <summary>A survey a heard need may go to (準備中 or 受付中), with its categories.</summary>
public sealed record SurveyChoice(int Id, int FiscalYear, string Title, SurveyStatus Status, IReadOnlyList<SurveyCategoryView> Categories);
