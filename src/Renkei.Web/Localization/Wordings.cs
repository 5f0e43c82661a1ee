using System.Globalization;
using Renkei.Core.Common;

namespace Renkei.Web.Localization;

/// <summary>The <see cref="Wording"/> Core's documents and tables are laid out in: the caller's language, from the message catalogue.</summary>
public static class Wordings
{
    public static Wording For(CultureInfo? culture = null)
    {
        var language = (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName;
        if (language == "ja")
        {
            return Wording.Japanese;
        }
        var catalogue = Messages.CatalogueOf(language);
        return new Wording(catalogue.Translate, catalogue.TranslateFormat, language);
    }
}
