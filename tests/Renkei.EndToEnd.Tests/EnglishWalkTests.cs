using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

/// <summary>
/// In English, the portal's own words are English on every page of the menu: headings, buttons, table headings, field
/// labels, tabs and the menu itself. Entered text (names, titles) stays as entered: where such a name stands in a
/// heading it is marked <c>translate="no"</c> (the HTML way of saying "not to be translated"), and the check skips it.
/// </summary>
public partial class EnglishWalkTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    /// <summary>Kana and kanji: what an English label must not hold.</summary>
    [GeneratedRegex(@"[\u3040-\u30ff\u3400-\u9fff]")]
    private static partial Regex Japanese();

    private const string PortalsOwnWords = "nav a, button, th:not([scope=row]), label, legend, [role=tab], .mud-input-label, h1, h2";

    [Fact]
    public async Task Every_page_of_the_menu_speaks_english()
    {
        var found = new List<string>();
        foreach (var (email, pages) in new[]
        {
            (DemoAccounts.Operator, new[] { "/", "/search?q=test", "/surveys", "/dashboard", "/triage", "/themes", "/council/cycle", "/council/bodies", "/arrangements", "/cases",
                "/grants", "/indicators", "/municipalities", "/branch-offices", "/prefecture/population", "/statistics/import", "/admin/users", "/admin/approval",
                "/admin/audit", "/admin/prefectures", "/notifications" }),
            (DemoAccounts.MurayamaSupport, new[] { "/regions" }),
        })
        {
            var page = await portal.NewPageAsync();
            await page.SignInAsync(email, DemoAccounts.Password);
            await page.GotoAsync("/culture?culture=en-US&redirectUri=%2F");
            foreach (var address in pages)
            {
                await page.GotoAsync(address);
                await page.WaitUntilInteractiveAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                var texts = await page.Locator(PortalsOwnWords).EvaluateAllAsync<string[]>("""
                    els => els.filter(e => !e.closest('[translate=no]')).map(e => {
                        const copy = e.cloneNode(true);
                        copy.querySelectorAll('[translate=no]').forEach(n => n.remove());
                        return copy.textContent;
                    })
                    """);
                found.AddRange(texts.Where(t => Japanese().IsMatch(t)).Distinct().Select(t => $"{address}: {t.Trim()}"));
            }
        }
        Assert.True(found.Count == 0, "Japanese in the portal's own words:\n" + string.Join("\n", found));
    }
}
