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
            var page = await InEnglishAsync(email);
            foreach (var address in pages)
            {
                found.AddRange(await JapaneseOnAsync(page, address));
            }
        }
        Assert.True(found.Count == 0, "Japanese in the portal's own words:\n" + string.Join("\n", found));
    }

    /// <summary>
    /// The record pages behind the lists (a meeting and its print page, a theme, an arrangement, an indicator, a survey's
    /// progress and summary, a municipality, a grant program, its effect report and one of its areas) and the new-record forms (the demo holds no case
    /// or contact to open).
    /// </summary>
    [Fact]
    public async Task The_record_pages_and_forms_speak_english()
    {
        var found = new List<string>();
        const int Year = 2041; // the demo holds no council year: one is generated from the template
        (await (await portal.ApiClientAsync(DemoAccounts.Secretariat)).PostAsync($"/api/v1/cycles/{Year}", null)).EnsureSuccessStatusCode();
        foreach (var (email, lists, forms) in new[]
        {
            (DemoAccounts.Secretariat, new[] { ($"/council/cycle?year={Year}", "/council/meetings/"), (OnThatPage, "/print"), ("/themes", "/themes/"), ("/arrangements", "/arrangements/"),
                ("/indicators", "/indicators/"), ("/surveys", "/progress"), ("/surveys", "/summary"), ("/municipalities", "/municipalities/") },
                new[] { "/cases/new", "/arrangements/new", "/indicators/new", "/council/template" }),
            (DemoAccounts.MurayamaSupport, Array.Empty<(string, string)>(), new[] { "/regions/contacts/new", "/regions/support-team" }),
            (DemoAccounts.HokkaidoSecretariat, new[] { ("/grants", "/grants/"), (OnThatPage, "/report"), ("/grants", "/grants/"), (OnThatPage, "/grants/areas/") }, new[] { "/grants/new" }),
        })
        {
            var page = await InEnglishAsync(email);
            foreach (var (list, part) in lists)
            {
                if (list != OnThatPage)
                {
                    await page.GotoAsync(list);
                    await page.WaitUntilInteractiveAsync();
                    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                }
                var record = await page.Locator("main a[href]").EvaluateAllAsync<string?>(
                    "(links, part) => links.map(a => a.getAttribute('href')).find(h => h.includes(part) && /\\d/.test(h) && (h.endsWith(part) || !/(new|edit|print)$/.test(h))) ?? null", part);
                if (record is null) { found.Add($"{list} links no record with {part}"); continue; }
                found.AddRange(await JapaneseOnAsync(page, record));
            }
            foreach (var form in forms)
            {
                found.AddRange(await JapaneseOnAsync(page, form));
            }
        }
        Assert.True(found.Count == 0, "Japanese in the portal's own words:\n" + string.Join("\n", found));
    }

    /// <summary>Core writes its refusals in Japanese; on an English page the error beside the field reads in English.</summary>
    [Fact]
    public async Task A_refusal_from_core_reads_in_english_beside_its_field()
    {
        var page = await InEnglishAsync(DemoAccounts.Secretariat);
        await page.GotoAsync("/indicators/new");
        await page.WaitUntilInteractiveAsync();

        await page.GetByTestId("indicator-save").ClickAsync();

        var error = page.Locator(".mud-input-helper-text.mud-input-error").Filter(new() { HasText = "Enter indicator name." });
        await Assertions.Expect(error).ToBeVisibleAsync();
        var errors = await page.Locator(".mud-input-helper-text.mud-input-error, .mud-alert").AllInnerTextsAsync();
        Assert.DoesNotContain(errors, e => Japanese().IsMatch(e));
    }

    /// <summary>The documents' pages in English, looked at (and checked with axe) as well as read.</summary>
    private static readonly (string Ending, string Name)[] Shots = [("/report", "60-english-effect-report"), ("/print", "61-english-meeting-print")];

    /// <summary>A record linked from the record page visited just before (a meeting's print page, a grant program's report and areas).</summary>
    private const string OnThatPage = "";

    private async Task<IPage> InEnglishAsync(string email)
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync(email, DemoAccounts.Password);
        await page.GotoAsync("/culture?culture=en-US&redirectUri=%2F");
        return page;
    }

    /// <summary>The portal's own words on <paramref name="address"/> that hold Japanese, outside what is marked as entered.</summary>
    private static async Task<IEnumerable<string>> JapaneseOnAsync(IPage page, string address)
    {
        await page.GotoAsync(address);
        await page.WaitUntilInteractiveAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // An entered name the page shows as such may recur inside a label ("Day 酒田市 left"): it is taken out too.
        var texts = await page.Locator(PortalsOwnWords).EvaluateAllAsync<string[]>("""
            els => {
                const entered = [...document.querySelectorAll('[translate=no]')].map(n => n.textContent.trim()).filter(t => t).sort((a, b) => b.length - a.length);
                return els.filter(e => !e.closest('[translate=no]')).map(e => {
                    const copy = e.cloneNode(true);
                    copy.querySelectorAll('[translate=no]').forEach(n => n.remove());
                    return entered.reduce((text, name) => text.split(name).join(''), copy.textContent);
                });
            }
            """);
        if (Shots.FirstOrDefault(s => address.EndsWith(s.Ending, StringComparison.Ordinal)) is { Name: { } shot })
        {
            await page.AssertAccessibleAsync();
            await page.ScreenshotAsync(shot);
        }
        return texts.Where(t => Japanese().IsMatch(t)).Distinct().Select(t => $"{address}: {t.Trim()}").ToList();
    }
}
