namespace Renkei.Core.Themes;

/// <summary>Where a submitted need stands: 未確認 → 確認中 → テーマ化 / 地域で対応 / 見送り.</summary>
public enum TriageState
{
    Unreviewed = 1,
    Reviewing = 2,
    Themed = 3,
    HandledLocally = 4,
    Deferred = 5,
}
