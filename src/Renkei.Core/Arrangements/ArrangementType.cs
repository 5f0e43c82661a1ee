namespace Renkei.Core.Arrangements;

/// <summary>
/// The 方式 of a wide-area arrangement: the seven of 総務省's 地方公共団体間の事務の共同処理の状況調, then the two 圏域 schemes.
/// </summary>
public enum ArrangementType
{
    /// <summary>一部事務組合.</summary>
    PartialAffairsAssociation = 1,

    /// <summary>広域連合.</summary>
    WideAreaUnion = 2,

    /// <summary>協議会.</summary>
    JointCouncil = 3,

    /// <summary>機関等の共同設置.</summary>
    JointInstitution = 4,

    /// <summary>事務の委託 (directed: 委託元 → 委託先).</summary>
    Entrustment = 5,

    /// <summary>連携協約.</summary>
    CollaborationAgreement = 6,

    /// <summary>事務の代替執行.</summary>
    SubstituteExecution = 7,

    /// <summary>定住自立圏 (中心市宣言, 1:1 定住自立圏形成協定, 共生ビジョン).</summary>
    SettlementArea = 8,

    /// <summary>連携中枢都市圏 (連携中枢都市宣言, 連携協約, 都市圏ビジョン).</summary>
    MetropolitanArea = 9,
}
