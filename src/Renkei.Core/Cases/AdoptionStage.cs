namespace Renkei.Core.Cases;

/// <summary>検討中 / 実施中 / 断念.</summary>
public enum AdoptionStage
{
    Considering = 1,
    Implementing = 2,
    Abandoned = 3,
}
