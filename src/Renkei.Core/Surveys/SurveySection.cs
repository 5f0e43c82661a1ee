namespace Renkei.Core.Surveys;

/// <summary>The three sections of the 連携課題・ニーズ調査.</summary>
public enum SurveySection
{
    /// <summary>施策の連携.</summary>
    Policy = 1,

    /// <summary>業務の連携.</summary>
    Operations = 2,

    /// <summary>人的交流・情報交換・共有.</summary>
    Exchange = 3,
}

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

/// <summary>A survey is prepared (Draft), answered (Open), then Closed; only the secretariat moves it on.</summary>
public enum SurveyStatus
{
    Draft = 1,
    Open = 2,
    Closed = 3,
}
