using Renkei.Core.Common;
using Renkei.Core.Council;
using Renkei.Testing;

namespace Renkei.Core.Tests.Council;

public class WrittenMeetingTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private WrittenMeetingService Written => database.Get<WrittenMeetingService>();

    /// <summary>The year's 第2回幹事会 held in writing, its agenda fixed (sent out), answers due 10 Feb.</summary>
    private async Task<int> WrittenSteeringCommitteeMeetingAsync(int year)
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await database.Get<AnnualCycleService>().GenerateAsync(secretariat, year);
        var meetings = database.Get<MeetingService>();
        var meeting = (await meetings.ListAsync(secretariat, year)).Single(m => m.BodyKind == BodyKind.SteeringCommittee && m.Number == 2);
        await meetings.UpdateAsync(secretariat, meeting.Id, new MeetingInput(meeting.Title, null, null, true, new DateOnly(year + 1, 2, 10)), meeting.Version);
        var agenda = database.Get<AgendaService>();
        await agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Deliberation, "次年度の取組みについて", null, null));
        await agenda.AdvanceAsync(secretariat, meeting.Id, MeetingState.AgendaFixed, await database.VersionAsync<Meeting>(meeting.Id));
        SurveyScenario.SetJapanTime(database.Clock, new DateTime(year + 1, 2, 5, 10, 0, 0));
        return meeting.Id;
    }

    [Fact]
    public async Task Members_answer_once_before_the_deadline_and_the_secretariat_sees_who_has()
    {
        var id = await WrittenSteeringCommitteeMeetingAsync(2037);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity); // 別表2
        await Written.AnswerAsync(city, id, WrittenAnswerKind.Approve, null);
        var twice = await Assert.ThrowsAsync<ConflictException>(() => Written.AnswerAsync(city, id, WrittenAnswerKind.Comment, "やはり意見"));
        Assert.Contains("既に回答", twice.Message);
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Written.AnswerAsync(await database.ActorAsync(DemoAccounts.TsuruokaCity), id, WrittenAnswerKind.Approve, null));
        var office = await database.ActorAsync(DemoAccounts.MurayamaSupport); // 連携支援室長 is a member
        var noComment = await Assert.ThrowsAsync<ValidationException>(() => Written.AnswerAsync(office, id, WrittenAnswerKind.Comment, " "));
        Assert.Contains("意見を入力してください", noComment.Message);
        await Written.AnswerAsync(office, id, WrittenAnswerKind.Comment, "村山地域の事例も紹介してほしい");

        var answers = await Written.ListAsync(await database.ActorAsync(DemoAccounts.Secretariat), id);
        Assert.Equal(8 + 1 + 6, answers.Count); // eight municipalities, 市町村課 (two posts, one organisation), six offices
        Assert.Equal(2, answers.Count(a => a.Answer is not null));
        Assert.Equal("村山地域の事例も紹介してほしい", answers.Single(a => a.OrganisationId == office.OrganisationId).Comment);
        await Assert.ThrowsAsync<ForbiddenException>(() => Written.ListAsync(city, id));

        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2038, 2, 11, 9, 0, 0));
        var late = await Assert.ThrowsAsync<ConflictException>(async () => await Written.AnswerAsync(await database.ActorAsync(DemoAccounts.ShonaiSupport), id, WrittenAnswerKind.Approve, null));
        Assert.Contains("回答期限", late.Message);

        await database.Get<AgendaService>().AdvanceAsync(await database.ActorAsync(DemoAccounts.Secretariat), id, MeetingState.Held, await database.VersionAsync<Meeting>(id)); // closed
        Assert.Equal(MeetingState.Held, (await database.Get<MeetingService>().GetAsync(city, id)).State);
    }

    [Fact]
    public async Task An_ordinary_meeting_takes_no_written_answers()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await database.Get<AnnualCycleService>().GenerateAsync(secretariat, 2038);
        var meeting = (await database.Get<MeetingService>().ListAsync(secretariat, 2038)).First(m => m.BodyKind == BodyKind.SteeringCommittee);
        var refused = await Assert.ThrowsAsync<ConflictException>(async () => await Written.AnswerAsync(await database.ActorAsync(DemoAccounts.YamagataCity), meeting.Id, WrittenAnswerKind.Approve, null));
        Assert.Contains("書面開催ではありません", refused.Message);
    }
}
