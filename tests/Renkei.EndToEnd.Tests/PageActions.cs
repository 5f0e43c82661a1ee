using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Renkei.EndToEnd.Tests;

/// <summary>What every journey needs: sign in, wait for the live page, check accessibility, keep a screenshot.</summary>
public static class PageActions
{
    private static readonly string AxeScript = new BundledAxeScriptProvider().GetScript();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> Violations = new();

    /// <summary>The Content-Security-Policy violations a page has reported so far.</summary>
    public static List<string> CspViolations(IPage page) => Violations.GetOrCreateValue(page);

    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("メールアドレス").FillAsync(email);
        await page.GetByLabel("パスワード").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "ログイン" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        await page.WaitUntilInteractiveAsync();
    }

    /// <summary>Blazor prerenders first; a click before the circuit is live would be lost.</summary>
    public static Task WaitUntilInteractiveAsync(this IPage page) =>
        page.Locator("#render-mode[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>
    /// Chooses <paramref name="option"/> in a MudSelect as a person does: opens the list, clicks the option and waits
    /// until the select shows it. While its list is open MudBlazor answers the focus leaving the select by focusing it
    /// again; on a slow circuit that call lands late and takes the focus from the next field, whose keystrokes are then
    /// lost (issue 14's note). It reaches the page before the render of the choice, so typing after that render is safe.
    /// </summary>
    public static async Task ChooseAsync(this IPage page, ILocator select, string option, bool exact = false)
    {
        await select.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = exact }).ClickAsync();
        await Assertions.Expect(select).ToContainTextAsync(option);
    }

    /// <summary>
    /// Chooses several options of a multiple MudSelect and closes its list with Escape, which gives the select the focus
    /// again; the next field is typed in once it has (see <see cref="ChooseAsync"/>).
    /// </summary>
    public static async Task ChooseSeveralAsync(this IPage page, ILocator select, params string[] options)
    {
        await select.ClickAsync();
        foreach (var option in options)
        {
            await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        }
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        await Assertions.Expect(select.Locator("input:focus")).ToHaveCountAsync(1);
    }

    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(PortalFixture.ScreenshotDirectory, name + ".png"), FullPage = true });

    /// <summary>Fails with every serious or critical axe-core finding spelled out, and with any Content-Security-Policy violation so far.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var violations = await page.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"{page.Url}:\n" + string.Join("\n", violations));
        Assert.True(CspViolations(page).Count == 0, "Content-Security-Policy violations:\n" + string.Join("\n", CspViolations(page)));
    }

    /// <summary>Runs axe-core (WCAG 2.x A/AA rules) and returns the serious and critical violations as readable lines.</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(this IPage page)
    {
        // Evaluated through the DevTools protocol: an inline <script> tag would (rightly) be refused by the portal's CSP.
        await page.EvaluateAsync(AxeScript);
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations" +
            ".map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))");
        return json.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} at {string.Join(", ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}")
            .ToList();
    }
}
