namespace Renkei.Core.Surveys;

/// <summary>What the progress table shows for a respondent.</summary>
public enum ProgressState
{
    NotStarted = 1,
    InProgress = 2,
    Submitted = 3,
    Returned = 4,
}
