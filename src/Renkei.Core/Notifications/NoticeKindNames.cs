namespace Renkei.Core.Notifications;

/// <summary>The kinds' names as mail writes them in Japanese (its wording gives them in the reader's language, as Enum.NoticeKind on the pages).</summary>
public static class NoticeKindNames
{
    public static string ToJapanese(this NoticeKind kind) => kind switch
    {
        NoticeKind.SurveyOpened => "ニーズ調査の回答受付が始まりました",
        NoticeKind.SurveyClosing => "ニーズ調査の回答期限が近づいています",
        NoticeKind.MaterialsDue => "会議資料の提出期限が近づいています",
        NoticeKind.WrittenAnswerDue => "書面会議の回答期限が近づいています",
        NoticeKind.GrantReportDue => "交付金の実績報告の期限が近づいています",
        NoticeKind.IndicatorActualDue => "目標指標の実績の入力をお願いします",
        NoticeKind.FollowUpDue => "訪問記録の対応期限が近づいています",
        NoticeKind.NeedReturned => "ニーズ調査の回答が差し戻されました",
        NoticeKind.CaseApproved => "先進事例が承認されました",
        NoticeKind.CaseReturned => "先進事例が差し戻されました",
        NoticeKind.ApprovalRequested => "ニーズ調査の回答の決裁を依頼されました",
        NoticeKind.ResponseApproved => "ニーズ調査の回答が決裁されました",
        NoticeKind.ApprovalReturned => "ニーズ調査の回答が決裁で差し戻されました",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
