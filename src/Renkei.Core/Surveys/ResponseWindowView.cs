namespace Renkei.Core.Surveys;

/// <summary>The window that applies to the respondent, as of today (Japan).</summary>
public sealed record ResponseWindowView(DateOnly OpensOn, DateOnly ClosesOn, DateOnly Today, bool SurveyOpen)
{
    public bool IsOpenToday => SurveyOpen && Today >= OpensOn && Today <= ClosesOn;
    public int DaysLeft => ClosesOn.DayNumber - Today.DayNumber;
}
