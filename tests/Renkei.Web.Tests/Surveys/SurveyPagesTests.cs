using Bunit;
using MudBlazor;
using Renkei.Core.Calendar;
using Renkei.Core.Surveys;
using Renkei.Testing;
using Renkei.Web.Components.Pages.Surveys;

namespace Renkei.Web.Tests.Surveys;

public class SurveyPagesTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    private async Task<int> DemoSurveyIdAsync() =>
        (await Database.Get<NeedsSurveyService>().ListAsync(await Database.ActorAsync(DemoAccounts.Secretariat))).Single(s => s.FiscalYear == 2017).Id;

    /// <summary>A survey open today (the pages run on the real clock).</summary>
    private Task<int> OpenTodayAsync(int fiscalYear) => SurveyScenario.OpenTodayAsync(Database, fiscalYear);

    [Fact]
    public async Task The_summary_of_a_support_office_covers_its_jurisdiction_and_links_to_the_items()
    {
        await SignInAsync(DemoAccounts.ShonaiSupport);
        Render<MudPopoverProvider>();
        var id = await DemoSurveyIdAsync();
        var page = Render<SurveySummaryPage>(p => p.Add(x => x.SurveyId, id));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".summary-table tr.total")));
        var total = page.Find(".summary-table tr.total").TextContent;
        Assert.DoesNotContain("173", total); // only 庄内's five municipalities
        Assert.Contains("40", total);
        var link = page.FindAll(".summary-table td a").First().GetAttribute("href")!;
        Assert.StartsWith($"/surveys/{id}/items?categoryId=", link);
        Assert.Contains("&group=Municipal", link);
        Assert.Equal($"/exports/surveys/{id}/summary.xlsx", page.FindAll("a").Single(a => a.TextContent.Contains("Excel")).GetAttribute("href"));
    }

    [Fact]
    public async Task A_municipality_is_told_it_cannot_see_the_summary()
    {
        await SignInAsync(DemoAccounts.TsuruokaCity);
        var page = Render<SurveySummaryPage>(p => p.Add(x => x.SurveyId, 0));
        page.WaitForAssertion(() => Assert.Contains("集計結果を閲覧できるのは", page.Find(".mud-alert").TextContent));
    }

    [Fact]
    public async Task An_open_draft_offers_one_add_button_per_section_and_the_no_needs_submission()
    {
        await SignInAsync(DemoAccounts.KenkoFukushi);
        Render<MudPopoverProvider>();
        var id = await OpenTodayAsync(2090);
        var page = Render<MyResponse>(p => p.Add(x => x.SurveyId, id));

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("section h2").Count));
        Assert.Equal(["＋ 施策の連携のニーズを追加", "＋ 業務の連携のニーズを追加", "＋ 人的交流・情報交換・共有のニーズを追加"],
            page.FindAll("button").Select(b => b.TextContent.Trim()).Where(t => t.StartsWith('＋')));
        Assert.Contains("（あと5日）", page.Find("[data-testid=deadline]").TextContent);
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Contains("「回答なし」で提出する"));

        // Find and click on the renderer's thread: a render finishing in between would retire the button's handler.
        await page.InvokeAsync(() => page.FindAll("button").First(b => b.TextContent.Contains("業務の連携のニーズを追加")).Click());
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=need-item]")));
        Assert.Contains("区分・施策や業務・緊急性を入力すると自動で保存されます", page.Find("[data-testid=save-state]").TextContent);
        Assert.Contains("部外秘：自団体、事務局、所管の連携支援室だけが読めます", page.Find("[data-testid=need-item]").TextContent); // the visibility, 庁内 unless changed

        // The same parameters set again (a cascading value re-sent) keep the editor whose need is not saved yet.
        page.Render(p => p.Add(x => x.SurveyId, id));
        await Task.Delay(TimeSpan.FromSeconds(1)); // what a reload would take (it is not awaited by the render)
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=need-item]")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_title_typed_just_before_the_urgency_is_chosen_saves_the_new_need(bool leavesTheField)
    {
        var id = await OpenTodayAsync(leavesTheField ? 2094 : 2095);
        await SignInAsync(DemoAccounts.YamagataCity);
        var city = await Database.ActorAsync(DemoAccounts.YamagataCity);
        var category = (await Database.Get<NeedsSurveyService>().ListCategoriesAsync(city, id)).First(c => c.Section == SurveySection.Policy);
        Render<MudPopoverProvider>();
        var page = Render<MyResponse>(p => p.Add(x => x.SurveyId, id));
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("section h2").Count));
        await page.InvokeAsync(() => page.FindAll("button").First(b => b.TextContent.Contains("施策の連携のニーズを追加")).Click());
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=need-item]")));

        var editor = page.FindComponent<NeedItemEditor>();
        await page.InvokeAsync(() => editor.FindComponent<MudSelect<int?>>().Instance.ValueChanged.InvokeAsync(category.Id));
        var title = editor.FindComponents<MudTextField<string>>()[0].Find("input");
        await page.InvokeAsync(() => title.Input("空き家バンクの広域化")); // the 0.8 s of typing pause have not passed
        if (leavesTheField)
        {
            await page.InvokeAsync(() => title.Blur()); // a click on a radio leaves the field first
        }
        await page.InvokeAsync(() => editor.FindComponent<MudRadioGroup<Urgency?>>().Instance.ValueChanged.InvokeAsync(Urgency.High));

        page.WaitForAssertion(() => Assert.Contains("保存しました", page.Find("[data-testid=save-state]").TextContent), TimeSpan.FromSeconds(5));
        var item = Assert.Single((await Database.Get<SurveyResponseService>().GetMineAsync(city, id)).Items);
        Assert.Equal("空き家バンクの広域化", item.Title);
    }

    [Fact]
    public async Task A_submitted_response_is_shown_read_only()
    {
        var id = await OpenTodayAsync(2091);
        var city = await Database.ActorAsync(DemoAccounts.YamagataCity);
        var responses = Database.Get<SurveyResponseService>();
        var category = (await Database.Get<NeedsSurveyService>().ListCategoriesAsync(city, id)).First();
        await responses.AddItemAsync(city, id, SurveyScenario.Item(category.Id, "移住相談窓口の共同運営") with { Visibility = Renkei.Core.Common.Visibility.Confidential });
        await responses.SubmitAsync(city, id);

        await SignInAsync(DemoAccounts.YamagataCity);
        var page = Render<MyResponse>(p => p.Add(x => x.SurveyId, id));
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=need-card]")));
        Assert.Empty(page.FindAll("[data-testid=need-item]"));
        Assert.Contains("移住相談窓口の共同運営", page.Find("[data-testid=need-card]").TextContent);
        Assert.Equal("部外秘", page.Find("[data-testid=need-card] [data-testid=need-visibility]").TextContent);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("提出する"));
    }

    [Fact]
    public async Task A_survey_still_being_prepared_says_so()
    {
        await SignInAsync(DemoAccounts.YamagataCity);
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        var id = await Database.Get<NeedsSurveyService>().CreateAsync(secretariat, SurveyScenario.H29Like(2092));
        var page = Render<MyResponse>(p => p.Add(x => x.SurveyId, id));
        page.WaitForAssertion(() => Assert.Contains("まだ回答の受付を始めていません", page.Find(".mud-alert").TextContent));
    }

    [Fact]
    public async Task A_need_heard_by_the_support_office_asks_the_municipality_to_confirm_it_before_submitting()
    {
        var id = await OpenTodayAsync(2093);
        var office = await Database.ActorAsync(DemoAccounts.MurayamaSupport);
        var yamagata = await Database.YamagataMunicipalityAsync("山形市");
        var contact = await Database.Get<Core.Regions.ContactLogService>().CreateAsync(office, new Core.Regions.ContactLogInput(
            JapanDate.Today(TimeProvider.System), Core.Regions.ContactKind.Visit, [yamagata], null, "空き家対策", "空き家情報の共有", null));
        var category = await SurveyScenario.CategoryAsync(Database, office, id, "若者");
        await Database.Get<Core.Regions.HeardNeedService>().AddAsync(office, contact,
            new Core.Regions.HeardNeedInput(id, yamagata, category, "空き家情報の広域共有", Urgency.High, null, null));

        await SignInAsync(DemoAccounts.YamagataCity);
        Render<MudPopoverProvider>();
        var page = Render<MyResponse>(p => p.Add(x => x.SurveyId, id));
        page.WaitForAssertion(() => Assert.Contains("村山総合支庁 総務企画部総務課連携支援室が訪問時の聞き取りをもとに登録したニーズです", page.Find("[data-testid=heard-notice]").TextContent));
        await page.InvokeAsync(() => page.Find("[data-testid=heard-confirm]").Click());
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=heard-confirm]")));
        Assert.Equal("聞き取り（村山総合支庁 総務企画部総務課連携支援室）", page.Find("[data-testid=heard-notice]").TextContent.Trim());
        var item = Assert.Single((await Database.Get<SurveyResponseService>().GetMineAsync(await Database.ActorAsync(DemoAccounts.YamagataCity), id)).Items);
        Assert.False(item.AwaitsConfirmation);
    }
}
