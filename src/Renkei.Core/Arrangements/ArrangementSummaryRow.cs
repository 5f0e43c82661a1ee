namespace Renkei.Core.Arrangements;

/// <summary>
/// One line of the seed's table: how many arrangements of a type are in force, how many municipalities take part (延べ:
/// a municipality in two counts twice), and how many of them the prefecture takes part in (参考：県と市町村間); a 圏域 still without its vision counts under <c>InPreparation</c>.
/// </summary>
public sealed record ArrangementSummaryRow(ArrangementType Type, int Arrangements, int MemberMunicipalities, int WithPrefecture, int InPreparation, IReadOnlyList<string> KindsOfWork, int Registered)
{
    /// <summary>Between municipalities only: the seed's main column (the prefecture's are its 参考 line).</summary>
    public int BetweenMunicipalities => Arrangements - WithPrefecture;

    /// <summary>Nothing of this type is in the registry at all (on any day): the page says 未登録 rather than 0.</summary>
    public bool NotEntered => Registered == 0;
}
