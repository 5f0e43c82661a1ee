using Bunit;
using MudBlazor;
using Renkei.Core.Council;
using Renkei.Testing;
using Renkei.Web.Components.Pages.Council;

namespace Renkei.Web.Tests.Components;

public class MeetingPageTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task A_member_answers_a_written_meeting_in_the_browser_and_sees_its_answer()
    {
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        await Database.Get<CycleService>().GenerateAsync(secretariat, 2026);
        var meetings = Database.Get<MeetingService>();
        var meeting = (await meetings.ListAsync(secretariat, 2026)).Single(m => m.BodyKind == BodyKind.Secretaries && m.Number == 2);
        await meetings.UpdateAsync(secretariat, meeting.Id, new MeetingInput(meeting.Title, null, null, true, new DateOnly(2027, 2, 10)), meeting.Version);
        var agenda = Database.Get<AgendaService>();
        await agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Deliberation, "次年度の取組みについて", null, null));
        await agenda.AdvanceAsync(secretariat, meeting.Id, MeetingState.AgendaFixed);

        await SignInAsync(DemoAccounts.YamagataCity); // 別表2
        Render<MudPopoverProvider>();
        var page = Render<MeetingPage>(p => p.Add(x => x.MeetingId, meeting.Id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=written-answer]")));
        page.FindAll("button").Single(b => b.TextContent.Trim() == "回答する").Click();
        page.WaitForAssertion(() => Assert.Contains("承認と回答しました", page.Find("[data-testid=written-answer]").TextContent));
        Assert.Single(await Database.Get<WrittenMeetingService>().ListAsync(secretariat, meeting.Id), a => a.Answer == WrittenAnswerKind.Approve);
    }

    [Fact]
    public async Task A_presenter_uploads_a_file_and_the_secretariat_sees_nothing_missing()
    {
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        var meeting = await SecretariesMeetingWithAPresenterAsync(2027);
        await SignInAsync(DemoAccounts.KenkoFukushi);
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<MeetingPage>(p => p.Add(x => x.MeetingId, meeting.Id));
        page.WaitForAssertion(() => Assert.Contains("地域医療の連携について", page.Find("[data-testid=materials-missing]").TextContent));
        page.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>().UploadFiles(InputFileContent.CreateFromBinary(SampleFiles.Executable(), "資料.pdf"));
        page.WaitForAssertion(() => Assert.Contains("形式と一致しません", page.Find("[data-testid=materials] [role=alert]").TextContent));
        page.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>().UploadFiles(InputFileContent.CreateFromBinary(SampleFiles.Pdf(), "地域医療.pdf"));
        page.WaitForAssertion(() => Assert.Equal("地域医療.pdf", page.Find("[data-testid=materials] a[href*='/materials/']").TextContent));
        var stored = await Database.Get<MaterialService>().GetAsync(secretariat, meeting.Id);
        Assert.Empty(stored.Missing);
        Assert.Equal($"/exports/meetings/{meeting.Id}/materials/{stored.Materials.Single().Id}", page.Find("[data-testid=materials] a[href*='/materials/']").GetAttribute("href"));
    }

    [Fact]
    public async Task An_organisation_outside_the_body_sees_no_files()
    {
        var meeting = await SecretariesMeetingWithAPresenterAsync(2028);
        await SignInAsync(DemoAccounts.TsuruokaCity); // not on the 幹事会
        var outsider = Render<MeetingPage>(p => p.Add(x => x.MeetingId, meeting.Id));
        outsider.WaitForAssertion(() => Assert.Contains("構成員・説明者と事務局", outsider.Find("[data-testid=materials]").TextContent));
        Assert.Empty(outsider.FindAll("[data-testid=materials] a[href*='/materials/']"));
    }

    private async Task<MeetingView> SecretariesMeetingWithAPresenterAsync(int year)
    {
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        await Database.Get<CycleService>().GenerateAsync(secretariat, year);
        var meeting = (await Database.Get<MeetingService>().ListAsync(secretariat, year)).Single(m => m.BodyKind == BodyKind.Secretaries && m.Number == 1);
        var department = await Database.ActorAsync(DemoAccounts.KenkoFukushi);
        await Database.Get<AgendaService>().AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Report, "地域医療の連携について", department.OrganisationId, null));
        return meeting;
    }
}
