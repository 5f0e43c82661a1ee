namespace Renkei.Core.Themes;

/// <summary>候補 → 決定 → 検討中 → 予算化 → 実施中 → 完了, or 見送り from any open state.</summary>
public enum ThemeState
{
    Candidate = 1,
    Decided = 2,
    Studying = 3,
    Budgeted = 4,
    InProgress = 5,
    Completed = 6,
    Deferred = 7,
}
