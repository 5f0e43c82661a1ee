namespace Renkei.Core.Auditing;

/// <summary>The records whose pages show their history (変更履歴); each is read by whoever may open the record.</summary>
public enum RecordKind
{
    Theme = 1,
    Case = 2,
    Indicator = 3,
    Contact = 4,
}
