namespace Renkei.Core.Surveys;

public sealed record SurveyCategoryView(int Id, SurveySection Section, string Label, bool IsOther);
