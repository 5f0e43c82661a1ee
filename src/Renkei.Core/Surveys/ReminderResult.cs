namespace Renkei.Core.Surveys;

/// <summary>How a reminder went: organisations reminded, addresses mailed, and who could not be reached (no address known).</summary>
public sealed record ReminderResult(int Organisations, int Recipients, IReadOnlyList<string> WithoutAddress);
