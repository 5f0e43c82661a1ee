using System.Reflection;
using System.Text.RegularExpressions;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Renkei.Core.Common;
using Renkei.Testing;
using Renkei.Web.Components.Pages.Search;

namespace Renkei.Web.Tests.Search;

public class SearchPageTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task The_results_are_grouped_by_kind_with_the_words_marked_and_each_title_links_to_its_page()
    {
        await SignInAsync(DemoAccounts.TsuruokaCity);
        Render<MudPopoverProvider>();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/search?q=" + Uri.EscapeDataString("定住自立圏"));
        var page = Render<SearchPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=search-group-Arrangement]")));

        var group = page.Find("[data-testid=search-group-Arrangement]");
        Assert.StartsWith("広域連携（", group.QuerySelector("h3")!.TextContent);
        var hit = group.QuerySelectorAll("[data-testid=search-hit]").Single(h => h.TextContent.Contains("庄内南部定住自立圏"));
        Assert.Equal("定住自立圏", hit.QuerySelector("mark")!.TextContent);
        Assert.Matches(@"^/arrangements/\d+$", hit.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("「定住自立圏」の検索結果", page.Find("#search-results-title").TextContent);
        Assert.Equal("定住自立圏", page.Find("[data-testid=search-words] input, input[data-testid=search-words]").GetAttribute("value"));
    }

    [Fact]
    public async Task One_character_is_refused_beside_the_field_and_nothing_found_says_so()
    {
        await SignInAsync(DemoAccounts.YamagataCity);
        Render<MudPopoverProvider>();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/search?q=" + Uri.EscapeDataString("雪"));
        var page = Render<SearchPage>();
        page.WaitForAssertion(() => Assert.Contains("2文字以上100文字以内で入力してください", page.Markup));
        Assert.Empty(page.FindAll("[data-testid=search-results]"));

        navigation.NavigateTo("/search?q=" + Uri.EscapeDataString("該当しないはずの語句ZZ"));
        page.WaitForAssertion(() => Assert.Contains("「該当しないはずの語句ZZ」を含む記録は見つかりませんでした", page.Find("[data-testid=search-none]").TextContent));
    }

    [Fact]
    public void Every_link_the_portal_makes_for_a_record_is_the_route_of_a_page()
    {
        var routes = typeof(SearchPage).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>()).Select(r => r.Template)
            .Select(t => new Regex("^" + Regex.Replace(t, @"\{[^}]+\}", "[^/]+") + "$")).ToList();
        string[] links =
        [
            PortalLinks.SurveyAnswer(1), PortalLinks.SurveyResponse(1, 2), PortalLinks.Theme(1), PortalLinks.Meeting(1), PortalLinks.MeetingMaterials(1).Split('#')[0],
            PortalLinks.Case(1), PortalLinks.Arrangement(1), PortalLinks.Contact(1), PortalLinks.Indicator(1),
        ];
        Assert.All(links, link => Assert.Contains(routes, r => r.IsMatch(link)));
        Assert.DoesNotContain(routes, r => r.IsMatch("/no-such-page/1")); // the check can fail
    }
}
