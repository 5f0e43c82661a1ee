using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Npgsql;
using Renkei.Web.Components.Shared;

namespace Renkei.Web.Tests.Layout;

public class PageFaultTests : BunitContext
{
    public PageFaultTests()
    {
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("ja-JP");
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
    }

    [Fact]
    public async Task A_database_outage_shows_a_banner_that_counts_down_and_retries_by_itself()
    {
        var retried = new TaskCompletionSource();
        var fault = Render<PageFault>(p => p
            .Add(x => x.Exception, new InvalidOperationException("wrapped", new NpgsqlException("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException(111))))
            .Add(x => x.OnRetry, () => retried.TrySetResult()));
        Assert.Contains("データベースに接続できません", fault.Markup);
        Assert.Contains("10秒後に自動的に再試行します", fault.Markup);
        fault.WaitForAssertion(() => Assert.Contains("9秒後", fault.Markup), TimeSpan.FromSeconds(3));
        // The retry itself renders nothing here (the layout's boundary would): wait for the call, not for a render.
        await retried.Task.WaitAsync(TimeSpan.FromSeconds(15));
    }

    [Fact]
    public void Another_fault_says_so_in_Japanese_and_offers_a_retry()
    {
        var retried = 0;
        var fault = Render<PageFault>(p => p.Add(x => x.Exception, new InvalidOperationException("boom")).Add(x => x.OnRetry, () => retried++));
        Assert.Contains("ページを表示できませんでした", fault.Markup);
        Assert.DoesNotContain("boom", fault.Markup);
        fault.Find("button").Click();
        Assert.Equal(1, retried);
    }
}
