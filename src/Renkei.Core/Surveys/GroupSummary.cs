namespace Renkei.Core.Surveys;

public sealed record GroupSummary(int Total, int Respondents, IReadOnlyList<SectionSummary> Sections);
