using Renkei.Core.Common;
using Renkei.Core.Council;
using Renkei.Testing;

namespace Renkei.Core.Tests.Council;

public class AttendanceTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private AttendanceService Attendance => database.Get<AttendanceService>();

    private async Task<MeetingView> SteeringCommitteeMeetingAsync(int year, bool written = false)
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await database.Get<AnnualCycleService>().GenerateAsync(secretariat, year);
        var meetings = database.Get<MeetingService>();
        var meeting = (await meetings.ListAsync(secretariat, year)).Single(m => m.BodyKind == BodyKind.SteeringCommittee && m.Number == 1);
        var input = written
            ? new MeetingInput(meeting.Title, null, null, true, new DateOnly(year, 6, 20))
            : new MeetingInput(meeting.Title, new DateTimeOffset(year, 6, 10, 10, 0, 0, TimeSpan.FromHours(9)), "県庁", false, null);
        await meetings.UpdateAsync(secretariat, meeting.Id, input, meeting.Version);
        await database.Get<AgendaService>().AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Report, "報告", null, null));
        return await meetings.GetAsync(secretariat, meeting.Id);
    }

    [Fact]
    public async Task The_secretariat_records_who_came_from_the_roster_of_the_day_and_can_correct_it()
    {
        var meeting = await SteeringCommitteeMeetingAsync(2050);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var notYet = await Assert.ThrowsAsync<ConflictException>(() => Attendance.RecordAsync(secretariat, meeting.Id, []));
        Assert.Contains("次第を確定してから", notYet.Message);
        await database.Get<AgendaService>().AdvanceAsync(secretariat, meeting.Id, MeetingState.AgendaFixed, await database.VersionAsync<Meeting>(meeting.Id));

        var sheet = await Attendance.GetAsync(secretariat, meeting.Id);
        Assert.False(sheet.Recorded);
        Assert.Equal(16, sheet.Seats.Count); // 別表2
        var all = sheet.Seats.Select(s => new AttendanceInput(s.MembershipId, null)).ToList();
        await Attendance.RecordAsync(secretariat, meeting.Id, all);
        await Attendance.RecordAsync(secretariat, meeting.Id, [.. all.Skip(1), new AttendanceInput(all[1].MembershipId, "重複は一度だけ")]);
        sheet = await Attendance.GetAsync(await database.ActorAsync(DemoAccounts.YamagataCity), meeting.Id);
        Assert.True(sheet.Recorded);
        Assert.Equal(15, sheet.Seats.Count(s => s.Present));
        Assert.False(sheet.Seats[0].Present);

        var council = await database.Get<CouncilService>().ListBodiesAsync(secretariat, new DateOnly(2050, 6, 10));
        var stranger = council.Single(b => b.Kind == BodyKind.Council).Members.First(m => m.OrganisationName == "鶴岡市");
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Attendance.RecordAsync(secretariat, meeting.Id, [new(stranger.MembershipId, null)]));
        Assert.Contains("構成員ではない席", refused.Message);
        Assert.Equal(15, (await Attendance.GetAsync(secretariat, meeting.Id)).Seats.Count(s => s.Present)); // nothing lost
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Attendance.RecordAsync(await database.ActorAsync(DemoAccounts.YamagataCity), meeting.Id, []));
    }

    [Fact]
    public async Task A_written_meeting_has_no_attendance()
    {
        var meeting = await SteeringCommitteeMeetingAsync(2051, written: true);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await database.Get<AgendaService>().AdvanceAsync(secretariat, meeting.Id, MeetingState.AgendaFixed, await database.VersionAsync<Meeting>(meeting.Id));
        var refused = await Assert.ThrowsAsync<ConflictException>(() => Attendance.RecordAsync(secretariat, meeting.Id, []));
        Assert.Contains("書面開催", refused.Message);
    }
}
