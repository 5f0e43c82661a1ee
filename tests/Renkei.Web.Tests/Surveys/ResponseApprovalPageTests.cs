using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;
using Renkei.Testing;
using Renkei.Web.Components.Pages.Admin;
using Renkei.Web.Components.Pages.Surveys;

namespace Renkei.Web.Tests.Surveys;

/// <summary>決裁 on the answer page (asked, decided, submitted) and the administrator's 決裁の設定.</summary>
public class ResponseApprovalPageTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    private SurveyApprovalService Approvals => Database.Get<SurveyApprovalService>();

    private async Task<int> OpenTodayWithApprovalAsync(int fiscalYear)
    {
        var id = await SurveyScenario.OpenTodayAsync(Database, fiscalYear);
        var surveys = Database.Get<NeedsSurveyService>();
        var admin = await Database.ActorAsync(DemoAccounts.Admin);
        var settings = Database.Get<ApprovalSettingsService>();
        var yamagata = (await settings.ListAsync(admin)).Single(r => r.Name == "山形市");
        if (!yamagata.RequiresApproval)
        {
            await settings.SetAsync(admin, yamagata.OrganisationId, true, yamagata.Version);
        }
        var city = await Database.ActorAsync(DemoAccounts.YamagataCity);
        var category = (await surveys.ListCategoriesAsync(city, id)).First();
        await Database.Get<SurveyResponseService>().AddItemAsync(city, id, SurveyScenario.Item(category.Id, "移住相談窓口の共同運営"));
        return id;
    }

    [Fact]
    public async Task The_author_asks_for_the_approval_instead_of_submitting_and_then_waits()
    {
        var id = await OpenTodayWithApprovalAsync(2095);
        await SignInAsync(DemoAccounts.YamagataCity);
        Render<MudPopoverProvider>();
        var page = Render<MyResponse>(p => p.Add(x => x.SurveyId, id));

        page.WaitForAssertion(() => Assert.Contains("決裁と提出", page.Find("[data-testid=submit-panel] h2").TextContent));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Trim() == "提出する");
        await page.FindAll("button").Single(b => b.TextContent.Contains("決裁を依頼する")).ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Contains("決裁権者の決裁を待っています", page.Find("[data-testid=awaiting-text]").TextContent));
        Assert.Contains("山形市 企画担当", page.Find("[data-testid=approval-facts]").TextContent);
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Contains("決裁を取り下げる"));
        Assert.Empty(page.FindAll("[data-testid=need-editor]")); // the items are read-only while it waits
        Assert.Equal(ResponseStatus.AwaitingApproval, (await Database.Get<SurveyResponseService>().GetMineAsync(await Database.ActorAsync(DemoAccounts.YamagataCity), id)).Status);
    }

    [Fact]
    public async Task The_approver_needs_a_reason_to_send_it_back_and_an_approval_offers_the_submission()
    {
        var id = await OpenTodayWithApprovalAsync(2096);
        var responses = Database.Get<SurveyResponseService>();
        var city = await Database.ActorAsync(DemoAccounts.YamagataCity);
        await Approvals.RequestApprovalAsync(city, id, false, (await responses.GetMineAsync(city, id)).Version);

        await SignInAsync(DemoAccounts.YamagataApprover);
        Render<MudPopoverProvider>();
        var page = Render<MyResponse>(p => p.Add(x => x.SurveyId, id));
        page.WaitForAssertion(() => Assert.Contains("決裁を依頼されています", page.Find("[data-testid=awaiting-text]").TextContent));
        await page.FindAll("button").Single(b => b.TextContent.Trim() == "差し戻す").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Contains("差し戻す理由を入力してください", page.Find("[data-testid=submit-panel]").TextContent));

        await page.FindAll("button").Single(b => b.TextContent.Trim() == "決裁する").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Contains("決裁済です", page.Find("[data-testid=submit-panel]").TextContent));
        Assert.Contains("山形市 企画調整課長", page.Find("[data-testid=approval-facts]").TextContent);
        Assert.Contains(page.FindAll("button"), b => b.TextContent.Trim() == "提出する");
    }

    [Fact]
    public async Task The_progress_list_shows_that_a_submitted_answer_was_approved()
    {
        var id = await OpenTodayWithApprovalAsync(2097);
        var responses = Database.Get<SurveyResponseService>();
        var city = await Database.ActorAsync(DemoAccounts.YamagataCity);
        var asked = await Approvals.RequestApprovalAsync(city, id, false, (await responses.GetMineAsync(city, id)).Version);
        await Approvals.ApproveAsync(await Database.ActorAsync(DemoAccounts.YamagataApprover), id, asked.Version);
        await responses.SubmitAsync(city, id);

        await SignInAsync(DemoAccounts.Secretariat);
        Render<MudPopoverProvider>();
        var page = Render<SurveyProgressPage>(p => p.Add(x => x.SurveyId, id));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=progress-row]")));
        var row = page.FindAll("[data-testid=progress-row]").Single(r => r.QuerySelector("th")!.TextContent == "山形市");
        Assert.StartsWith("決裁済（", row.QuerySelector("[data-testid=approval-cell]")!.TextContent);
        Assert.Equal("—", page.FindAll("[data-testid=progress-row]").Single(r => r.QuerySelector("th")!.TextContent == "鶴岡市").QuerySelector("[data-testid=approval-cell]")!.TextContent);
    }

    [Fact]
    public async Task The_administrator_turns_the_approval_on_for_one_organisation_and_sees_who_approves()
    {
        await SignInAsync(DemoAccounts.Admin);
        Render<MudPopoverProvider>();
        var page = Render<ApprovalSettingsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=approval-row]")));
        var yamagata = page.FindAll("[data-testid=approval-row]").Single(r => r.QuerySelector("th")!.TextContent == "山形市");
        Assert.Contains("山形市 企画調整課長", yamagata.TextContent);
        Assert.Contains("（決裁権者がいません）", page.FindAll("[data-testid=approval-row]").Single(r => r.QuerySelector("th")!.TextContent == "鶴岡市").TextContent);

        var tendo = await Database.YamagataMunicipalityAsync("天童市");
        await page.Find($"input[data-testid=requires-{tendo}]").ChangeAsync(new ChangeEventArgs { Value = true });
        page.WaitForAssertion(() => Assert.Contains("validation-message", page.FindAll("[data-testid=approval-row]").Single(r => r.QuerySelector("th")!.TextContent == "天童市").InnerHtml));
        var admin = await Database.ActorAsync(DemoAccounts.Admin);
        Assert.True((await Database.Get<ApprovalSettingsService>().ListAsync(admin)).Single(r => r.OrganisationId == tendo).RequiresApproval);
    }
}
