namespace Renkei.Core.Arrangements;

/// <summary>A dated step in an arrangement's life.</summary>
public enum StepKind
{
    /// <summary>設立・締結.</summary>
    Established = 1,

    /// <summary>規約・協定の変更.</summary>
    Amended = 2,

    /// <summary>中心市宣言 (連携中枢都市宣言).</summary>
    CentralCityDeclaration = 3,

    /// <summary>定住自立圏形成協定 or 連携協約 between the 中心市 and one partner.</summary>
    Agreement = 4,

    /// <summary>変更協定.</summary>
    AgreementChange = 5,

    /// <summary>共生ビジョン / 都市圏ビジョン (its name and period in the note).</summary>
    Vision = 6,

    /// <summary>解散・廃止.</summary>
    Dissolved = 7,
}
