namespace Renkei.Core.Arrangements;

/// <summary>What a party is in an arrangement.</summary>
public enum MemberRole
{
    /// <summary>構成団体.</summary>
    Member = 1,

    /// <summary>中心市 (連携中枢都市) of a 圏域.</summary>
    CentralCity = 2,

    /// <summary>委託元: the party whose work is entrusted.</summary>
    Entruster = 3,

    /// <summary>委託先: the party that does the work (a municipality, the prefecture or a 一部事務組合).</summary>
    Entrustee = 4,
}
