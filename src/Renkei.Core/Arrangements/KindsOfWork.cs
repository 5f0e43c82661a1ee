namespace Renkei.Core.Arrangements;

/// <summary>
/// 共同処理する事務の種類: the kinds of work the seed's table names (from 総務省's 共同処理の状況調), one catalogue for
/// the registry and, later, the case library; the last five are the fields of 圏域 agreements in seed 002.
/// </summary>
public static class KindsOfWork
{
    public static readonly IReadOnlyList<string> All =
    [
        "広域行政圏計画", "病院", "老人福祉施設", "上下水道", "下水道共同管理", "ごみ処理", "し尿処理", "リサイクル施設",
        "消防", "救急", "国民健康保険", "母子福祉", "障害区分認定審査", "介護認定審査", "後期高齢者医療",
        "公務災害", "公平委員会", "教育", "火葬場",
        "医療", "福祉", "産業振興", "交流・移住", "職員交流",
    ];

    private static readonly Dictionary<string, int> Positions = All.Select((kind, i) => (kind, i)).ToDictionary(x => x.kind, x => x.i);

    /// <summary>Where a kind stands in the catalogue (-1 when it is not in it), so lists follow the catalogue's order.</summary>
    public static int Position(string kind) => Positions.GetValueOrDefault(kind, -1);
}
