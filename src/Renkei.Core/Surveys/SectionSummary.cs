namespace Renkei.Core.Surveys;

public sealed record SectionSummary(SurveySection Section, int Count, IReadOnlyList<CategoryCount> Categories);
