namespace Renkei.Core.Auditing;

/// <summary>One field of a change: its old and new value in words (names for ids); EnumType names the enum to translate them by.</summary>
public sealed record FieldChange(string Property, string? Old, string? New, string? EnumType = null);
