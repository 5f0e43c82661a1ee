namespace Renkei.Core.Surveys;

/// <summary>A category answers are filed under, per section; その他 rows are marked.</summary>
public class SurveyCategory
{
    public int Id { get; set; }
    public int SurveyId { get; set; }
    public NeedsSurvey Survey { get; set; } = null!;
    public SurveySection Section { get; set; }
    public required string Label { get; set; }
    public bool IsOther { get; set; }
    public int SortOrder { get; set; }
}
