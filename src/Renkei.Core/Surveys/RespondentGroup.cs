namespace Renkei.Core.Surveys;

/// <summary>The two columns of the seed's result table: municipalities, and prefectural departments with 総合支庁.</summary>
public enum RespondentGroup
{
    Municipal = 1,
    Prefectural = 2,
}
