using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Web.Components.Shared;

namespace Renkei.Web.Tests.Layout;

/// <summary>Entered names are never translated, and on an English page Japanese ones say they are Japanese.</summary>
public class EnteredTextTests : BunitContext
{
    public EnteredTextTests() => Services.AddLocalization(options => options.ResourcesPath = "Resources"); // every component gets L

    [Theory]
    [InlineData("en-US", "山形市", "<span translate=\"no\" lang=\"ja\">山形市</span>")]
    [InlineData("en-US", "Team A", "<span translate=\"no\">Team A</span>")]
    [InlineData("ja-JP", "山形市", "<span translate=\"no\">山形市</span>")]
    public void A_name_is_marked_as_entered_and_japanese_on_pages_in_another_language(string culture, string text, string markup)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            Render<EnteredText>(p => p.Add(x => x.Text, text)).MarkupMatches(markup);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
