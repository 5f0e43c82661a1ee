using System.Collections.Concurrent;
using System.Globalization;
using Renkei.Core.Common;

namespace Renkei.Web.Localization;

/// <summary>
/// Core's words (refusals, validation errors, reasons on its views) in the UI's language: Japanese as written, other
/// languages through their <see cref="MessageCatalogue"/>.
/// </summary>
public static class Messages
{
    private static readonly ConcurrentDictionary<string, MessageCatalogue> Catalogues = new(StringComparer.Ordinal);

    /// <summary>The message in <paramref name="culture"/>'s language (the current UI culture when not given).</summary>
    public static string InLanguage(string message, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var language = culture.TwoLetterISOLanguageName;
        return language == "ja" || string.IsNullOrEmpty(message)
            ? message
            : CatalogueOf(language).Translate(message);
    }

    /// <summary>One catalogue per language, read once.</summary>
    internal static MessageCatalogue CatalogueOf(string language) =>
        Catalogues.GetOrAdd(language, _ => MessageCatalogue.For(CultureInfo.GetCultureInfo(language)));

    /// <summary>What the user reads of a refusal: a validation error's messages one by one, any other its message.</summary>
    public static string Said(this RenkeiException e, CultureInfo? culture = null) => e is ValidationException v
        ? string.Join(" ", v.Errors.SelectMany(x => x.Value).Select(m => InLanguage(m, culture)))
        : InLanguage(e.Message, culture);

    /// <summary>A validation error's messages by field, each in the UI's language.</summary>
    public static IReadOnlyDictionary<string, string[]> ErrorsSaid(this ValidationException e, CultureInfo? culture = null) =>
        e.Errors.ToDictionary(x => x.Key, x => x.Value.Select(m => InLanguage(m, culture)).ToArray());
}
