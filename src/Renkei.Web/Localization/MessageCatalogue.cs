using System.Globalization;
using System.Resources;

namespace Renkei.Web.Localization;

/// <summary>
/// The messages Core and the API write in Japanese, in another language: gettext's way, keyed by the Japanese text
/// (Resources/CoreMessages.{lang}.resx, made from tools/messages.tsv). A message built with holes (「{0}」は…) is
/// matched against its template and each hole is translated in turn when it is itself a message or a word of the
/// catalogue; anything else in a hole (a name as entered) stays as it is.
/// </summary>
public sealed class MessageCatalogue
{
    private const int DeepestHole = 3;

    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _exact = new(StringComparer.Ordinal);
    private readonly List<MessageTemplate> _templates = [];
    private readonly Dictionary<string, string> _formats = new(StringComparer.Ordinal);

    private MessageCatalogue(IEnumerable<KeyValuePair<string, string>> entries)
    {
        foreach (var (japanese, translation) in entries)
        {
            _keys.Add(japanese);
            if (MessageTemplate.HasHoles(japanese))
            {
                _formats[japanese] = translation;
                if (!MessageTemplate.IsFrame(japanese))
                {
                    _templates.Add(new MessageTemplate(japanese, translation));
                }
            }
            else
            {
                _exact[MessageTemplate.Unescape(japanese)] = MessageTemplate.Unescape(translation);
            }
        }
        // The most specific template first: 「{0}」はすでに… before {0}は….
        _templates.Sort((a, b) => b.FixedLength.CompareTo(a.FixedLength));
    }

    /// <summary>Whether the catalogue has this Japanese text or template ({0} for each hole) as written in the source.</summary>
    public bool Knows(string japanese) => _keys.Contains(japanese);

    /// <summary>
    /// The catalogue of one language, read from the resources (empty for a language that has none), with the labels of
    /// the domain values the UI has (Enum.* in the UI's resources: 報告 → Report), which Core writes into its sentences.
    /// </summary>
    public static MessageCatalogue For(CultureInfo culture)
    {
        var messages = Entries(Read("Renkei.Web.Resources.CoreMessages", culture));
        var japaneseLabels = Entries(Read("Renkei.Web.Resources.SharedResource", CultureInfo.InvariantCulture));
        var labels = Entries(Read("Renkei.Web.Resources.SharedResource", culture)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var known = messages.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var domainValues = japaneseLabels
            .Where(e => e.Key.StartsWith("Enum.", StringComparison.Ordinal) && labels.TryGetValue(e.Key, out var label) && label != e.Value)
            .Select(e => new KeyValuePair<string, string>(e.Value.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal), labels[e.Key]))
            .Where(e => known.Add(e.Key));
        return new MessageCatalogue(messages.Concat(domainValues.ToList()));
    }

    private static ResourceSet? Read(string baseName, CultureInfo culture)
    {
        try
        {
            return new ResourceManager(baseName, typeof(MessageCatalogue).Assembly).GetResourceSet(culture, createIfNotExists: true, tryParents: true);
        }
        catch (MissingManifestResourceException)
        {
            return null;
        }
    }

    private static List<KeyValuePair<string, string>> Entries(ResourceSet? set) =>
        set?.Cast<System.Collections.DictionaryEntry>().Select(e => new KeyValuePair<string, string>((string)e.Key, (string)e.Value!)).ToList() ?? [];

    /// <summary>Builds a catalogue from entries given directly (tests).</summary>
    public static MessageCatalogue Of(IEnumerable<KeyValuePair<string, string>> entries) => new(entries);

    /// <summary>A format with holes ({0}　{1}（{2}）) in the catalogue's language, to be filled by the caller; as written when not known.</summary>
    public string TranslateFormat(string japaneseFormat) =>
        _formats.TryGetValue(japaneseFormat, out var format) ? format : japaneseFormat;

    /// <summary>The message in the catalogue's language, or as written when the catalogue does not know it; era dates
    /// inside it are written the English way either way.</summary>
    public string Translate(string message) => EraDatesInEnglish.Apply(TryTranslate(message, 0) ?? message);

    private string? TryTranslate(string message, int depth)
    {
        if (_exact.TryGetValue(message, out var exact))
        {
            return exact;
        }
        if (depth > DeepestHole || message.Length == 0)
        {
            return null;
        }
        // In a hole, a list Core joined with 、 (南空知: 登録0／4、北空知: 登録0／5; names) is translated item by item.
        if (depth > 0 && message.Contains('、') && _exact.TryGetValue("、", out var separator))
        {
            return string.Join(separator, message.Split('、').Select(item => TryTranslate(item, depth) ?? item));
        }
        foreach (var template in _templates)
        {
            if (template.TryTranslate(message, hole => TryTranslate(hole, depth + 1)) is { } translated)
            {
                return translated;
            }
        }
        return null;
    }
}
