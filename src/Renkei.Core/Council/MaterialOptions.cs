namespace Renkei.Core.Council;

/// <summary>Where materials are kept: a folder when <see cref="Folder"/> is set, else the database.</summary>
public sealed class MaterialOptions
{
    public string? Folder { get; set; }
}
