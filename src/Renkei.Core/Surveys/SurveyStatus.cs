namespace Renkei.Core.Surveys;

/// <summary>A survey is prepared (Draft), answered (Open), then Closed; only the secretariat moves it on.</summary>
public enum SurveyStatus
{
    Draft = 1,
    Open = 2,
    Closed = 3,
}
