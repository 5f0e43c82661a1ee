using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Surveys;

public sealed record SurveyProgress(int SurveyId, int FiscalYear, string Title, SurveyStatus Status, DateTimeOffset? LastReminderSentAt, IReadOnlyList<ProgressRow> Rows)
{
    public int Submitted => Rows.Count(r => r.State == ProgressState.Submitted);
    public int Count(ProgressState state) => Rows.Count(r => r.State == state);

    /// <summary>Share submitted, 0–100.</summary>
    public double Percent => Rows.Count == 0 ? 0 : 100.0 * Submitted / Rows.Count;
}
