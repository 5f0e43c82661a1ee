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
}
