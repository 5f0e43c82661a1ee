using Bunit;
using MudBlazor;
using Renkei.Core.Council;
using Renkei.Testing;
using Renkei.Web.Components.Pages.Council;

namespace Renkei.Web.Tests.Council;

public class TemplatePageTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task The_secretariat_adds_a_milestone_in_the_empty_row_and_a_missing_title_is_shown_beside_it()
    {
        await SignInAsync(DemoAccounts.Secretariat);
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<TemplatePage>();
        page.WaitForAssertion(() => Assert.True(page.FindAll("[data-testid=template-row]").Count > 5));
        var before = page.FindAll("[data-testid=template-row]").Count;

        await page.InvokeAsync(() => page.FindAll("[data-testid=template-row]").Last().QuerySelectorAll("button").First(b => b.TextContent.StartsWith("追加")).Click());
        page.WaitForAssertion(() => Assert.Contains("項目名を入力してください", page.FindAll("[data-testid=template-row]").Last().TextContent));

        await page.InvokeAsync(() => page.FindAll("[data-testid=template-row]").Last().QuerySelector("input")!.Change("市町村議会への説明"));
        await page.InvokeAsync(() => page.FindAll("[data-testid=template-row]").Last().QuerySelectorAll("button").First(b => b.TextContent.StartsWith("追加")).Click());
        page.WaitForAssertion(() => Assert.Equal(before + 1, page.FindAll("[data-testid=template-row]").Count));
        Assert.Contains(await Database.Get<ScheduleTemplateService>().ListAsync(await Database.ActorAsync(DemoAccounts.Secretariat)), t => t.Title == "市町村議会への説明" && t.Body is null);
    }

    [Fact]
    public async Task Others_read_the_template_without_inputs()
    {
        await SignInAsync(DemoAccounts.YamagataCity);
        var page = Render<TemplatePage>();
        page.WaitForAssertion(() => Assert.Contains("第1回連携推進会議", page.Find("[data-testid=template]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=template] input"));
    }

    [Fact]
    public async Task Deleting_a_row_a_colleague_has_just_changed_shows_the_conflict_and_loads_the_latest()
    {
        await SignInAsync(DemoAccounts.Secretariat);
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<TemplatePage>();
        page.WaitForAssertion(() => Assert.True(page.FindAll("[data-testid=template-row]").Count > 5));
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        var template = Database.Get<ScheduleTemplateService>();
        var row = (await template.ListAsync(secretariat)).First(t => t.Body is null);
        await template.UpdateAsync(secretariat, row.Id, new TemplateItemInput(row.Title + "（同僚が変更）", null, null, row.FromMonth, row.UntilMonth), row.Version);

        await page.InvokeAsync(() => page.Find($"button[aria-label*='{row.Title}']").Click());
        page.WaitForAssertion(() => Assert.Contains("最新の内容を読み込む", page.Find("[data-testid=conflict]").TextContent));
        Assert.Contains(await template.ListAsync(secretariat), t => t.Id == row.Id); // nothing of the colleague's is lost

        await page.InvokeAsync(() => page.Find("[data-testid=conflict] button").Click());
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=conflict]")));
        // The notice goes only once the latest rows are shown (it failed once when it went first).
        Assert.Contains(page.FindAll("[data-testid=template-row] input"), i => i.GetAttribute("value") == row.Title + "（同僚が変更）");
    }
}
