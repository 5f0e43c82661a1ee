namespace Renkei.Core.Arrangements;

public static class ArrangementTypeNames
{
    public static string ToJapanese(this ArrangementType type) => type switch
    {
        ArrangementType.PartialAffairsAssociation => "一部事務組合",
        ArrangementType.WideAreaUnion => "広域連合",
        ArrangementType.JointCouncil => "協議会",
        ArrangementType.JointInstitution => "機関等の共同設置",
        ArrangementType.Entrustment => "事務の委託",
        ArrangementType.CollaborationAgreement => "連携協約",
        ArrangementType.SubstituteExecution => "事務の代替執行",
        ArrangementType.SettlementArea => "定住自立圏",
        ArrangementType.MetropolitanArea => "連携中枢都市圏",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>定住自立圏 and 連携中枢都市圏: a 中心市 and its partners, each bound by its own agreement, and a vision.</summary>
    public static bool IsArea(this ArrangementType type) => type is ArrangementType.SettlementArea or ArrangementType.MetropolitanArea;
}
