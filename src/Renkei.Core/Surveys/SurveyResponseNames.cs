namespace Renkei.Core.Surveys;

public static class SurveyResponseNames
{
    public static string ToJapanese(this Urgency urgency) => urgency switch
    {
        Urgency.High => "高",
        Urgency.Medium => "中",
        Urgency.Low => "低",
        _ => throw new ArgumentOutOfRangeException(nameof(urgency)),
    };

    public static string ToJapanese(this ProgressState state) => state switch
    {
        ProgressState.NotStarted => "未着手",
        ProgressState.InProgress => "作成中",
        ProgressState.Submitted => "提出済",
        ProgressState.Returned => "差戻し",
        ProgressState.AwaitingApproval => "決裁待ち",
        ProgressState.Approved => "決裁済（未提出）",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static string ToJapanese(this RespondentGroup group) => group switch
    {
        RespondentGroup.Municipal => "市町村",
        RespondentGroup.Prefectural => "県（部局・総合支庁）",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    public static string ToJapanese(this SurveyStatus status) => status switch
    {
        SurveyStatus.Draft => "準備中",
        SurveyStatus.Open => "回答受付中",
        SurveyStatus.Closed => "締切済",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
