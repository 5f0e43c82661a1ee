namespace Renkei.Core.Surveys;

/// <summary>Who has answered; <see cref="CanRemind"/>: the caller may mail those who have not.</summary>
public sealed record SurveyProgress(int SurveyId, int FiscalYear, string Title, SurveyStatus Status, DateTimeOffset? LastReminderSentAt, IReadOnlyList<ProgressRow> Rows, bool CanRemind = false)
{
    public int Submitted => Rows.Count(r => r.State == ProgressState.Submitted);
    public int Count(ProgressState state) => Rows.Count(r => r.State == state);

    /// <summary>Share submitted, 0–100.</summary>
    public double Percent => Rows.Count == 0 ? 0 : 100.0 * Submitted / Rows.Count;
}
