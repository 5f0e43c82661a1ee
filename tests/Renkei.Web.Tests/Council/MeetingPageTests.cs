using Bunit;
using MudBlazor;
using Renkei.Core.Council;
using Renkei.Core.Common;
using Renkei.Testing;
using Renkei.Web.Components.Shared;
using Renkei.Web.Components.Pages.Council;

namespace Renkei.Web.Tests.Council;

public class MeetingPageTests(RenkeiDatabase database) : PageTestContext(database), IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task A_member_answers_a_written_meeting_in_the_browser_and_sees_its_answer()
    {
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        await Database.Get<AnnualCycleService>().GenerateAsync(secretariat, 2026);
        var meetings = Database.Get<MeetingService>();
        var meeting = (await meetings.ListAsync(secretariat, 2026)).Single(m => m.BodyKind == BodyKind.SteeringCommittee && m.Number == 2);
        await meetings.UpdateAsync(secretariat, meeting.Id, new MeetingInput(meeting.Title, null, null, true, new DateOnly(2027, 2, 10)), meeting.Version);
        var agenda = Database.Get<AgendaService>();
        await agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Deliberation, "次年度の取組みについて", null, null));
        await agenda.AdvanceAsync(secretariat, meeting.Id, MeetingState.AgendaFixed, await Database.VersionAsync<Meeting>(meeting.Id));

        await SignInAsync(DemoAccounts.YamagataCity); // 別表2
        Render<MudPopoverProvider>();
        var page = Render<MeetingPage>(p => p.Add(x => x.MeetingId, meeting.Id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=written-answer]")));
        await page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Trim() == "回答する").Click());
        page.WaitForAssertion(() => Assert.Contains("承認と回答しました", page.Find("[data-testid=written-answer]").TextContent));
        Assert.Single(await Database.Get<WrittenMeetingService>().ListAsync(secretariat, meeting.Id), a => a.Answer == WrittenAnswerKind.Approve);
    }

    [Fact]
    public async Task The_years_second_council_meeting_lists_the_indicators_behind_target_and_the_first_does_not()
    {
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        await Database.Get<AnnualCycleService>().GenerateAsync(secretariat, 2035);
        var indicators = Database.Get<Core.Indicators.IndicatorService>();
        var advisers = (await indicators.ListAsync(secretariat)).Single(i => i.Name == "地域づくり専門アドバイザーの派遣箇所数");
        var value = await indicators.SubmitAsync(secretariat, advisers.Id, new Core.Indicators.ValueInput(2017, 7, "企画振興部調べ", null)); // 6 → 7 of the 11 planned
        await indicators.ApproveAsync(secretariat, value, (await indicators.GetAsync(secretariat, advisers.Id)).Values.Single().Version);
        var meetings = (await Database.Get<MeetingService>().ListAsync(secretariat, 2035)).Where(m => m.BodyKind == BodyKind.Council).ToList();

        await SignInAsync(DemoAccounts.Secretariat);
        var second = Render<MeetingPage>(p => p.Add(x => x.MeetingId, meetings.Single(m => m.Number == 2).Id));
        second.WaitForAssertion(() => Assert.Contains("地域づくり専門アドバイザーの派遣箇所数", second.Find("[data-testid=indicators-behind]").TextContent));
        var first = Render<MeetingPage>(p => p.Add(x => x.MeetingId, meetings.Single(m => m.Number == 1).Id));
        first.WaitForAssertion(() => Assert.NotNull(first.Find("[data-testid=meeting-agenda], h1")));
        Assert.Empty(first.FindAll("[data-testid=indicators-behind]"));
    }

    [Fact]
    public async Task A_council_meeting_leads_back_to_the_years_schedule_and_a_regional_one_to_its_body()
    {
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        await Database.Get<AnnualCycleService>().GenerateAsync(secretariat, 2036);
        var council = (await Database.Get<MeetingService>().ListAsync(secretariat, 2036)).First(m => m.BodyKind == BodyKind.Council);
        var office = await Database.ActorAsync(DemoAccounts.ShonaiSupport);
        var today = Core.Calendar.JapanDate.Today(TimeProvider.System);
        var body = await Database.Get<CouncilService>().CreateRegionalBodyAsync(office, BodyKind.StaffMeeting, "庄内地域担当者会議（画面）", "連携支援室長", today);
        var startsAt = new DateTimeOffset(today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(9)).AddDays(10);
        var regional = await Database.Get<MeetingService>().CreateAsync(office, body, Core.Calendar.FiscalYear.Of(startsAt).StartYear,
            new MeetingInput("第1回庄内地域担当者会議", startsAt, "庄内総合支庁", false, null));

        await SignInAsync(DemoAccounts.ShonaiSupport);
        var first = Render<MeetingPage>(p => p.Add(x => x.MeetingId, council.Id));
        first.WaitForAssertion(() => Assert.Equal("/council/cycle?year=2036", first.Find(".breadcrumbs a").GetAttribute("href")));
        var second = Render<MeetingPage>(p => p.Add(x => x.MeetingId, regional));
        second.WaitForAssertion(() => Assert.Equal($"/council/bodies#body-{body}", second.Find(".breadcrumbs a").GetAttribute("href")));
        Assert.Equal("会議体と構成員", second.Find(".breadcrumbs a").TextContent);
    }

    [Fact]
    public async Task A_presenter_uploads_a_file_and_the_secretariat_sees_nothing_missing()
    {
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        var meeting = await SteeringCommitteeMeetingWithAPresenterAsync(2027);
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

        // The presenter narrows it to 部外秘 from the row; the level is saved and the help says what it means.
        Assert.Contains("部外秘：構成員", page.Find("[data-testid=materials-visibility-help]").TextContent);
        var level = page.FindComponent<VisibilitySelect>();
        Assert.Equal(Visibility.Internal, level.Instance.Value);
        await page.InvokeAsync(() => level.Instance.ValueChanged.InvokeAsync(Visibility.Confidential));
        page.WaitForAssertion(() => Assert.Equal(Visibility.Confidential, page.FindComponent<VisibilitySelect>().Instance.Value));
        Assert.Equal(Visibility.Confidential, (await Database.Get<MaterialService>().GetAsync(secretariat, meeting.Id)).Materials.Single().Visibility);
    }

    [Fact]
    public async Task An_organisation_outside_the_body_sees_no_files()
    {
        var meeting = await SteeringCommitteeMeetingWithAPresenterAsync(2028);
        await SignInAsync(DemoAccounts.TsuruokaCity); // not on the 幹事会
        var outsider = Render<MeetingPage>(p => p.Add(x => x.MeetingId, meeting.Id));
        outsider.WaitForAssertion(() => Assert.Contains("構成員・説明者と会議の運営担当", outsider.Find("[data-testid=materials]").TextContent));
        Assert.Empty(outsider.FindAll("[data-testid=materials] a[href*='/materials/']"));

        // A 公開 material is the one thing it reads there, with no packet and no way to change its level.
        var department = await Database.ActorAsync(DemoAccounts.KenkoFukushi);
        var item = (await Database.Get<AgendaService>().ListAsync(department, meeting.Id)).First(i => i.PresenterOrganisationId == department.OrganisationId);
        await Database.Get<MaterialService>().UploadAsync(department, meeting.Id, item.Id, "公表資料.pdf", new MemoryStream(SampleFiles.Pdf()), SampleFiles.Pdf().Length,
            visibility: Visibility.Public);
        await Database.Get<MaterialService>().UploadAsync(department, meeting.Id, item.Id, "内部資料.pdf", new MemoryStream(SampleFiles.Pdf()), SampleFiles.Pdf().Length);
        var again = Render<MeetingPage>(p => p.Add(x => x.MeetingId, meeting.Id));
        again.WaitForAssertion(() => Assert.Equal("公表資料.pdf", Assert.Single(again.FindAll("[data-testid=materials] a[href*='/materials/']")).TextContent));
        Assert.Contains("公開されている資料だけ", again.Find("[data-testid=materials-public-only]").TextContent);
        Assert.Equal("公開", again.Find("[data-testid=material-visibility]").TextContent.Trim());
        Assert.Empty(again.FindAll("a[href$='packet.zip']"));
        Assert.Empty(again.FindComponents<VisibilitySelect>());
    }

    [Fact]
    public async Task The_secretariat_records_attendance_and_the_print_page_shows_agenda_and_minutes()
    {
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        var meeting = await SteeringCommitteeMeetingWithAPresenterAsync(2029);
        await Database.Get<MeetingService>().UpdateAsync(secretariat, meeting.Id,
            new MeetingInput(meeting.Title, new DateTimeOffset(2029, 6, 12, 10, 0, 0, TimeSpan.FromHours(9)), "県庁 講堂", false, null), meeting.Version);
        var agenda = Database.Get<AgendaService>();
        await agenda.AdvanceAsync(secretariat, meeting.Id, MeetingState.AgendaFixed, await Database.VersionAsync<Meeting>(meeting.Id));

        await SignInAsync(DemoAccounts.Secretariat);
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var page = Render<MeetingPage>(p => p.Add(x => x.MeetingId, meeting.Id));
        page.WaitForAssertion(() => Assert.Contains("出欠はまだ記録されていません（構成員 16名）", page.Find("[data-testid=attendance-summary]").TextContent));
        await page.InvokeAsync(() => page.FindAll("[data-testid=attendance] button").Single(b => b.TextContent.Trim() == "全員出席にする").Click());
        await page.InvokeAsync(() => page.FindAll("[data-testid=attendance] button").Single(b => b.TextContent.Trim() == "出欠を保存").Click());
        page.WaitForAssertion(() => Assert.Contains("出席 16名・欠席 0名", page.Find("[data-testid=attendance-summary]").TextContent));

        Database.Clock.SetUtcNow(new DateTimeOffset(2029, 6, 12, 16, 0, 0, TimeSpan.FromHours(9))); // the afternoon it met
        try
        {
            await agenda.AdvanceAsync(secretariat, meeting.Id, MeetingState.Held, await Database.VersionAsync<Meeting>(meeting.Id));
        }
        finally
        {
            Database.Clock.Reset();
        }
        var item = (await agenda.ListAsync(secretariat, meeting.Id)).Single();
        await agenda.RecordOutcomeAsync(secretariat, meeting.Id, item.Id, AgendaOutcome.Approved, "了承", await Database.VersionAsync<AgendaItem>(item.Id));
        var print = Render<MeetingPrintPage>(p => p.Add(x => x.MeetingId, meeting.Id));
        print.WaitForAssertion(() =>
        {
            Assert.Equal("地域医療の連携について（報告）　説明：健康福祉部 健康福祉企画課", print.Find("[data-testid=print-agenda] li").TextContent);
            Assert.Contains("日時　令和11年6月12日", print.Markup);
            Assert.Contains("出席者（16名）", print.Markup);
            Assert.Contains("結果：承認　了承", print.Find("[data-testid=print-minutes] li").TextContent);
        });
    }

    private async Task<MeetingView> SteeringCommitteeMeetingWithAPresenterAsync(int year)
    {
        var secretariat = await Database.ActorAsync(DemoAccounts.Secretariat);
        await Database.Get<AnnualCycleService>().GenerateAsync(secretariat, year);
        var meeting = (await Database.Get<MeetingService>().ListAsync(secretariat, year)).Single(m => m.BodyKind == BodyKind.SteeringCommittee && m.Number == 1);
        var department = await Database.ActorAsync(DemoAccounts.KenkoFukushi);
        await Database.Get<AgendaService>().AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Report, "地域医療の連携について", department.OrganisationId, null));
        return meeting;
    }
}
