using System.Globalization;

namespace Renkei.Core.Common;

/// <summary>
/// The portal's own words in a document or table Core lays out (the 次第, the effect report), in its reader's language.
/// Core writes them in Japanese and passes each through <see cref="Say"/> or <see cref="Format"/>; the Web gives a
/// wording that translates them from its catalogue. Entered text is never said alone: it only fills the holes.
/// </summary>
public sealed class Wording(Func<string, string> say, Func<string, string> layout, string language)
{
    public static Wording Japanese { get; } = new(text => text, format => format, "ja");

    public bool IsJapanese => language == "ja";

    /// <summary>A heading or sentence of the portal's own, entered text only inside it (「{0}」の効果の検証).</summary>
    public string Say(string japanese) => say(japanese);

    /// <summary>A layout of punctuation around names ({0}　{1}（{2}）): translated as a format, then filled.</summary>
    public string Format(string japaneseFormat, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, Layout(japaneseFormat), values);

    /// <summary>The format itself in the reader's language, for a page that marks what fills its holes.</summary>
    public string Layout(string japaneseFormat) => layout(japaneseFormat);
}
