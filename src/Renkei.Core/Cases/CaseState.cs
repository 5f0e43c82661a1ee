namespace Renkei.Core.Cases;

/// <summary>下書き → 確認依頼中 → 承認済, or 差戻し back to the author.</summary>
public enum CaseState
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Returned = 4,
}
