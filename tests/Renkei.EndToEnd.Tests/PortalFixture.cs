using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

/// <summary>The portal on a real port with its own database, and Debian's chromium driven by Playwright.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private readonly RenkeiWebFactory _factory = new();
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots of the pages the tests visit, for people to look at (TestResults/screenshots).</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install it with `apt-get install -y chromium` (bash .ci/run does).");
        }
        await _factory.InitializeAsync();
        BaseAddress = _factory.StartOnKestrel();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>The portal's clock, for a journey that lives through a meeting's day.</summary>
    public TestClock Clock => _factory.Clock;

    /// <summary>A bearer-token API client on the same portal, for setting the scene quickly.</summary>
    public Task<HttpClient> ApiClientAsync(string email) => _factory.ApiClientAsync(email);

    /// <summary>The portal's services, for what a schedule would do (the daily notices run).</summary>
    public IServiceProvider Services => _factory.Services;

    public Task<IPage> NewPageAsync() => NewPageAsync(_ => Task.CompletedTask);

    /// <summary>A page in a new browser context that <paramref name="prepare"/> sets up first (e.g. WebSockets refused).</summary>
    public async Task<IPage> NewPageAsync(Func<IBrowserContext, Task> prepare)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "ja-JP", ViewportSize = new() { Width = 1280, Height = 900 } });
        await prepare(context);
        // Every Content-Security-Policy violation is reported to the console, where PageActions fails the journey on it.
        await context.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI))");
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("CSP violation", StringComparison.Ordinal) || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                PageActions.CspViolations(page).Add($"{page.Url}: {message.Text}");
            }
        };
        page.SetDefaultTimeout(15_000);
        return page;
    }
}
