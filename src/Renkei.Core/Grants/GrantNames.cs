namespace Renkei.Core.Grants;

/// <summary>The Japanese names the report and the exports print (the pages read the same words from the resources).</summary>
public static class GrantNames
{
    public static string ToJapanese(this VisionField field) => field switch
    {
        VisionField.IndustryPromotion => "産業振興",
        VisionField.MigrationAndExchange => "交流移住",
        VisionField.Medical => "医療",
        VisionField.Welfare => "福祉",
        VisionField.Education => "教育",
        VisionField.StaffExchange => "職員交流",
        VisionField.Other => "その他",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public static string ToJapanese(this SettlementRelation? relation) => relation switch
    {
        SettlementRelation.Unusable => "定住自立圏等の活用が困難な地域での連携",
        SettlementRelation.IncludesOverlap => "定住自立圏域等との重複地域を含む連携",
        SettlementRelation.WithinArea => "定住自立圏等の圏域内における連携",
        null => "未入力",
        _ => throw new ArgumentOutOfRangeException(nameof(relation)),
    };
}
