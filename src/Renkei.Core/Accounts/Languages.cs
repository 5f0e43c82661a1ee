namespace Renkei.Core.Accounts;

/// <summary>The languages the portal speaks, by their two-letter names; Japanese is its language of record.</summary>
public static class Languages
{
    public const string Japanese = "ja";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Japanese, English];

    /// <summary>A known language by its name, or null (so a stored value from a later version never breaks a mail).</summary>
    public static string? Known(string? name) => All.FirstOrDefault(l => string.Equals(l, name, StringComparison.OrdinalIgnoreCase));
}
