namespace Renkei.Core.Arrangements;

/// <summary>The statuses in Japanese, for the workbook (its wording gives them in the reader's language, as the pages say them).</summary>
public static class ArrangementStatusNames
{
    public static string ToJapanese(this ArrangementStatus status) => status switch
    {
        ArrangementStatus.Active => "運営中",
        ArrangementStatus.InPreparation => "形成準備中",
        ArrangementStatus.Dissolved => "解散・廃止",
        _ => status.ToString(),
    };
}
