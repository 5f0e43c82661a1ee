namespace Renkei.Core.Tenancy;

/// <summary>A prefecture of the national list not yet in the portal: its two-digit code, name and how many municipalities it brings.</summary>
public sealed record PrefectureChoice(string Code, string Name, int Municipalities);
