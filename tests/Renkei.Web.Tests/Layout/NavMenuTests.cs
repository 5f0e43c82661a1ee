using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Testing;
using Renkei.Web.Components.Layout;

namespace Renkei.Web.Tests.Layout;

public class NavMenuTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    private static string[] Labels(IRenderedComponent<NavMenu> menu) =>
        [.. menu.FindAll(".mud-nav-link-text").Select(e => e.TextContent.Trim())];

    [Fact]
    public async Task A_municipality_sees_the_menu_for_everyone_and_the_current_page_is_marked()
    {
        await SignInAsync(DemoAccounts.YamagataCity);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/surveys/3/answer");
        var menu = Render<NavMenu>();
        Assert.Equal(["ホーム", "検索", "ニーズ調査", "連携テーマ", "連携推進会議", "年間スケジュール", "会議体と構成員", "広域連携", "先進事例", "交付金", "目標指標", "組織", "市町村一覧", "総合支庁・連携支援室", "県の人口の状況"], Labels(menu));
        var current = Assert.Single(menu.FindAll("a[aria-current=page]"));
        Assert.Equal("/surveys", current.GetAttribute("href"));

        Services.GetRequiredService<NavigationManager>().NavigateTo("/");
        menu.WaitForAssertion(() => Assert.Equal("/", menu.Find("a[aria-current=page]").GetAttribute("href")));
    }

    [Fact]
    public async Task The_administrator_also_gets_statistics_and_users()
    {
        await SignInAsync(DemoAccounts.Admin);
        var menu = Render<NavMenu>();
        Assert.Contains("統計データの取り込み", Labels(menu));
        Assert.Contains("利用者管理", Labels(menu));
        Assert.DoesNotContain("ニーズの確認", Labels(menu));
    }
}
