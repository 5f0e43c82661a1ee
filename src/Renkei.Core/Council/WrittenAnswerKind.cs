namespace Renkei.Core.Council;

public enum WrittenAnswerKind
{
    /// <summary>承認.</summary>
    Approve = 1,

    /// <summary>意見あり.</summary>
    Comment = 2,
}
