namespace Renkei.Core.Search;

/// <summary>The passage of a record where the words occur, cut to a line's length around them.</summary>
internal static class Excerpt
{
    private const int Around = 40;

    /// <summary>The first of <paramref name="texts"/> that holds <paramref name="words"/>, cut around them; else the first text, shortened.</summary>
    public static string Of(string words, params string?[] texts)
    {
        foreach (var text in texts)
        {
            var at = text?.IndexOf(words, StringComparison.OrdinalIgnoreCase) ?? -1;
            if (at >= 0)
            {
                return Cut(Flat(text!), at, words.Length);
            }
        }
        var first = texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        return first is null ? "" : Cut(Flat(first), 0, 0);
    }

    private static string Flat(string text) => text.ReplaceLineEndings(" ");

    private static string Cut(string text, int at, int length)
    {
        var start = Math.Max(0, at - Around);
        var end = Math.Min(text.Length, at + length + Around);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }
}
