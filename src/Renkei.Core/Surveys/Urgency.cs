namespace Renkei.Core.Surveys;

/// <summary>緊急性.</summary>
public enum Urgency
{
    High = 1,
    Medium = 2,
    Low = 3,
}
