using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Renkei.Web.Localization;

/// <summary>
/// A catalogue entry with holes: the Japanese format ({0}…) as a pattern, and its translation as a format. Holes next
/// to each other ({0}{1}: a row's 「3行目: 」 then a heading) are matched together, and split where most parts are
/// known to the catalogue.
/// </summary>
internal sealed partial class MessageTemplate
{
    private readonly Regex _pattern;
    private readonly int[][] _runs; // the hole numbers each group of the pattern holds, in order
    private readonly string _translation;

    public MessageTemplate(string japanese, string translation)
    {
        _translation = translation;
        var pattern = new StringBuilder("^");
        var runs = new List<int[]>();
        var last = 0;
        var run = new List<int>();
        foreach (Match hole in Hole().Matches(japanese))
        {
            var literal = japanese[last..hole.Index];
            if (literal.Length > 0 || run.Count == 0)
            {
                Close(pattern, runs, run);
                pattern.Append(Regex.Escape(Unescape(literal)));
                FixedLength += literal.Length;
            }
            run.Add(int.Parse(hole.Groups[1].Value, CultureInfo.InvariantCulture));
            last = hole.Index + hole.Length;
        }
        Close(pattern, runs, run);
        pattern.Append(Regex.Escape(Unescape(japanese[last..]))).Append('$');
        FixedLength += japanese.Length - last;
        _pattern = new Regex(pattern.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant);
        _runs = [.. runs];
    }

    /// <summary>How much fixed text the template has: the more, the less it matches by chance.</summary>
    public int FixedLength { get; }

    public static bool HasHoles(string japanese) => Hole().IsMatch(japanese);

    /// <summary>
    /// Punctuation around holes ({0}（{1}）, ・{0}): a layout Core fills itself, never a pattern, since as one it would
    /// take apart any name with brackets in it. Fewer than two kana or kanji of its own make a frame.
    /// </summary>
    public static bool IsFrame(string japanese) => LettersOutsideHoles(japanese) < 2;

    /// <summary>The kana and kanji of the text's own (・ and ー, which join words, not counted).</summary>
    public static int LettersOutsideHoles(string japanese) =>
        Hole().Replace(japanese, "").Count(c => c is >= '\u3041' and <= '\u309f' or >= '\u4e00' and <= '\u9fff'
            or >= '\u30a0' and <= '\u30ff' and not '・' and not 'ー');

    public static string Unescape(string format) => format.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);

    /// <summary>The message translated, each hole through <paramref name="translateHole"/> (null: not known, kept as it is).</summary>
    public string? TryTranslate(string message, Func<string, string?> translateHole)
    {
        var match = _pattern.Match(message);
        if (!match.Success)
        {
            return null;
        }
        var holes = new (string Text, bool Translated)[_runs.Sum(r => r.Length)];
        for (var g = 0; g < _runs.Length; g++)
        {
            var parts = Split(match.Groups[g + 1].Value, _runs[g].Length, translateHole);
            for (var h = 0; h < parts.Length; h++)
            {
                holes[_runs[g][h]] = translateHole(parts[h]) is { } translated ? (translated, true) : (parts[h], false);
            }
        }
        return Fill(holes);
    }

    /// <summary>
    /// The translation with its holes filled. A translated word inside a sentence loses its capital (「Enter the
    /// population」, not 「Enter Population」), unless it starts the text or follows 「: 」 or 「. 」, or is an acronym (URL).
    /// </summary>
    private string Fill((string Text, bool Translated)[] holes)
    {
        var text = new StringBuilder();
        var last = 0;
        foreach (Match hole in Hole().Matches(_translation))
        {
            text.Append(Unescape(_translation[last..hole.Index]));
            var (value, translated) = holes[int.Parse(hole.Groups[1].Value, CultureInfo.InvariantCulture)];
            text.Append(translated && InSentence(text) && value.Length > 1 && char.IsUpper(value[0]) && !char.IsUpper(value[1])
                ? char.ToLowerInvariant(value[0]) + value[1..]
                : value);
            last = hole.Index + hole.Length;
        }
        return text.Append(Unescape(_translation[last..])).ToString();
    }

    private static bool InSentence(StringBuilder text)
    {
        var before = text.ToString().TrimEnd(' ');
        return before.Length > 0 && before[^1] is not (':' or '.' or '\n') && text[^1] == ' ';
    }

    /// <summary>The split of <paramref name="text"/> into <paramref name="count"/> parts with the most parts known (the first such).</summary>
    private static string[] Split(string text, int count, Func<string, string?> translate)
    {
        if (count == 1)
        {
            return [text];
        }
        string[] best = [];
        var bestKnown = -1;
        for (var at = 0; at <= text.Length; at++)
        {
            var head = text[..at];
            var rest = Split(text[at..], count - 1, translate);
            var known = (head.Length > 0 && translate(head) is not null ? 1 : 0) + rest.Count(p => p.Length > 0 && translate(p) is not null);
            if (known > bestKnown)
            {
                (best, bestKnown) = ([head, .. rest], known);
            }
        }
        return best;
    }

    private static void Close(StringBuilder pattern, List<int[]> runs, List<int> run)
    {
        if (run.Count > 0)
        {
            pattern.Append("(.*?)");
            runs.Add([.. run]);
            run.Clear();
        }
    }

    [GeneratedRegex(@"(?<!\{)\{(\d+)\}(?!\})", RegexOptions.CultureInvariant)]
    private static partial Regex Hole();
}
