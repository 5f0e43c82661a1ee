namespace Renkei.Core.Surveys;

public static class SurveySectionNames
{
    public static string ToJapanese(this SurveySection section) => section switch
    {
        SurveySection.Policy => "施策の連携",
        SurveySection.Operations => "業務の連携",
        SurveySection.Exchange => "人的交流・情報交換・共有",
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };
}
