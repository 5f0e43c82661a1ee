namespace Renkei.Core.Council;

/// <summary>The bytes of a material when the database is the store; kept apart so listing never loads them (and never audited).</summary>
public class MaterialBlob
{
    public required string Key { get; set; }
    public required byte[] Content { get; set; }
}
