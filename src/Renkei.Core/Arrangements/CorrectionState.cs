namespace Renkei.Core.Arrangements;

/// <summary>未対応 → 訂正済 (accepted) or 対応しない (declined, with the reason).</summary>
public enum CorrectionState
{
    Open = 1,
    Accepted = 2,
    Declined = 3,
}
