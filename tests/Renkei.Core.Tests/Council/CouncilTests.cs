using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;
using Renkei.Core.Council;
using Renkei.Testing;

namespace Renkei.Core.Tests.Council;

public class CouncilTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private CouncilService Council => database.Get<CouncilService>();
    private AnnualCycleService Cycles => database.Get<AnnualCycleService>();

    [Fact]
    public async Task The_bodies_of_the_rules_are_seeded_with_the_members_of_tables_1_and_2()
    {
        var bodies = await Council.ListBodiesAsync(await database.ActorAsync(DemoAccounts.KenkoFukushi), new DateOnly(2018, 4, 1));
        var council = bodies.Single(b => b.Kind == BodyKind.Council);
        Assert.Equal("企画振興部次長", council.ChairPost);
        Assert.Equal(35 + 20 + 6, council.Members.Count); // every municipality, 20 prefectural posts, the six 連携支援室長
        Assert.Equal(35, council.Members.Count(m => m.Post == "企画担当課長等"));
        var secretaries = bodies.Single(b => b.Kind == BodyKind.SteeringCommittee);
        Assert.Equal("企画振興部市町村課長", secretaries.ChairPost);
        Assert.Equal(["山形市", "東根市", "長井市", "山辺町", "河北町", "最上町", "川西町", "庄内町"],
            secretaries.Members.Where(m => m.Post == "企画担当課長等").Select(m => m.OrganisationName));
        Assert.Equal(2 + 6, secretaries.Members.Count(m => m.Post != "企画担当課長等"));
        Assert.Empty((await Council.ListBodiesAsync(await database.ActorAsync(DemoAccounts.Secretariat), new DateOnly(2017, 8, 30)))
            .SelectMany(b => b.Members)); // before the rules came into force
    }

    [Fact]
    public async Task A_member_added_or_removed_on_a_date_leaves_earlier_rosters_as_they_were()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var before = await Council.ListBodiesAsync(secretariat, new DateOnly(2019, 3, 1));
        var secretaries = before.Single(b => b.Kind == BodyKind.SteeringCommittee);
        var shonai = secretaries.Members.Single(m => m.OrganisationName == "庄内町");
        var tsuruoka = await database.ActorAsync(DemoAccounts.TsuruokaCity);

        await Council.RemoveMemberAsync(secretariat, shonai.MembershipId, new DateOnly(2019, 3, 31));
        await Council.AddMemberAsync(secretariat, secretaries.Id, tsuruoka.OrganisationId, "企画担当課長等", new DateOnly(2019, 4, 1));

        string[] Names(IReadOnlyList<BodyView> bodies) => [.. bodies.Single(b => b.Kind == BodyKind.SteeringCommittee).Members.Select(m => m.OrganisationName)];
        var old = Names(await Council.ListBodiesAsync(secretariat, new DateOnly(2018, 6, 1)));
        var now = Names(await Council.ListBodiesAsync(secretariat, new DateOnly(2019, 6, 1)));
        Assert.Contains("庄内町", old);
        Assert.DoesNotContain("鶴岡市", old);
        Assert.Contains("鶴岡市", now);
        Assert.DoesNotContain("庄内町", now);

        await Assert.ThrowsAsync<ConflictException>(() => Council.RemoveMemberAsync(secretariat, shonai.MembershipId, new DateOnly(2019, 5, 1)));
        await Assert.ThrowsAsync<ValidationException>(() => Council.AddMemberAsync(secretariat, secretaries.Id, tsuruoka.OrganisationId, "企画担当課長等", new DateOnly(2019, 5, 1)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Council.AddMemberAsync(tsuruoka, secretaries.Id, tsuruoka.OrganisationId, "市長", new DateOnly(2019, 5, 1)));
    }

    [Fact]
    public async Task The_schedule_of_a_year_puts_a_secretaries_meeting_before_each_council_meeting()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await Cycles.GenerateAsync(secretariat, 2027);
        await Assert.ThrowsAsync<ConflictException>(() => Cycles.GenerateAsync(secretariat, 2027));

        var cycle = await Cycles.GetAsync(secretariat, 2027);
        Assert.Equal(10, cycle.Items.Count);
        Assert.Equal("連携課題・ニーズ調査", cycle.Items[0].Title);
        Assert.Equal(new DateOnly(2027, 4, 1), cycle.Items[0].TargetFrom);
        var councils = cycle.Items.Where(i => i.Body == BodyKind.Council).ToList();
        Assert.Equal(2, councils.Count);
        foreach (var meeting in councils)
        {
            var number = meeting.Title[..3]; // 第1回 / 第2回
            var before = cycle.Items.Single(i => i.Body == BodyKind.SteeringCommittee && i.Title.StartsWith(number));
            Assert.True(before.TargetFrom <= meeting.TargetFrom, $"{before.Title} is not before {meeting.Title}");
            Assert.True(cycle.Items.ToList().IndexOf(before) < cycle.Items.ToList().IndexOf(meeting));
        }
        Assert.Equal(new DateOnly(2028, 2, 1), councils[1].TargetFrom); // 2–3月 of the fiscal year
        var budget = cycle.Items.Single(i => i.Title.Contains("予算計上"));
        Assert.Equal((new DateOnly(2027, 11, 1), new DateOnly(2028, 1, 1)), (budget.TargetFrom, budget.TargetUntil));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Cycles.GenerateAsync(await database.ActorAsync(DemoAccounts.MurayamaSupport), 2028));
    }

    [Fact]
    public async Task The_timeline_says_what_is_done_due_and_late()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await Cycles.GenerateAsync(secretariat, 2029);
        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2029, 7, 15, 9, 0, 0));
        var cycle = await Cycles.GetAsync(secretariat, 2029);
        AnnualCycleItemStatus StatusOf(string start) => cycle.Items.First(i => i.Title.StartsWith(start)).Status;
        Assert.Equal(AnnualCycleItemStatus.Late, StatusOf("連携課題・ニーズ調査"));
        Assert.Equal(AnnualCycleItemStatus.Due, StatusOf("第1回連携推進会議"));
        Assert.Equal(AnnualCycleItemStatus.Upcoming, StatusOf("県・市町村行政懇談会"));

        await Cycles.SetMilestoneDoneAsync(secretariat, cycle.Items[0].MilestoneId!.Value, new DateOnly(2029, 4, 28), await database.VersionAsync<Milestone>(cycle.Items[0].MilestoneId!.Value));
        var meetings = database.Get<MeetingService>();
        var first = (await meetings.ListAsync(secretariat, 2029)).Single(m => m.Title.StartsWith("第1回連携推進会議"));
        var written = await Assert.ThrowsAsync<ValidationException>(() => meetings.UpdateAsync(secretariat, first.Id, new MeetingInput(first.Title, null, null, true, null), first.Version));
        Assert.Contains("回答期限", written.Message);
        var noPlace = await Assert.ThrowsAsync<ValidationException>(() => meetings.UpdateAsync(secretariat, first.Id,
            new MeetingInput(first.Title, new DateTimeOffset(2029, 7, 20, 14, 0, 0, TimeSpan.FromHours(9)), null, false, null), first.Version));
        Assert.True(noPlace.Errors.ContainsKey("Place"));
        await meetings.UpdateAsync(secretariat, first.Id, new MeetingInput(first.Title, new DateTimeOffset(2029, 7, 20, 14, 0, 0, TimeSpan.FromHours(9)), "県庁 講堂", false, null), first.Version);
        await Assert.ThrowsAsync<ConflictException>(() => meetings.UpdateAsync(secretariat, first.Id, new MeetingInput("古い", null, null, false, null), first.Version));

        cycle = await Cycles.GetAsync(secretariat, 2029);
        Assert.Equal(AnnualCycleItemStatus.Done, StatusOf2(cycle, "連携課題・ニーズ調査"));
        Assert.Equal(new DateTimeOffset(2029, 7, 20, 5, 0, 0, TimeSpan.Zero), cycle.Items.Single(i => i.MeetingId == first.Id).StartsAt);
    }

    [Fact]
    public async Task The_year_as_icalendar_parses_back_with_its_meetings()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await Cycles.GenerateAsync(secretariat, 2030);
        var meetings = database.Get<MeetingService>();
        var list = await meetings.ListAsync(secretariat, 2030);
        var first = list.Single(m => m.Title.StartsWith("第1回連携推進会議"));
        await meetings.UpdateAsync(secretariat, first.Id, new MeetingInput(first.Title, new DateTimeOffset(2030, 7, 18, 13, 30, 0, TimeSpan.FromHours(9)), "山形県庁 講堂", false, null), first.Version);
        var second = list.Single(m => m.Title.StartsWith("第2回幹事会"));
        await meetings.UpdateAsync(secretariat, second.Id, new MeetingInput(second.Title, null, null, true, new DateOnly(2031, 2, 10)), second.Version);

        var text = AnnualCycleCalendar.Write("060003", await Cycles.GetAsync(secretariat, 2030), await meetings.ListAsync(secretariat, 2030), Wording.Japanese);
        var calendar = Ical.Net.Calendar.Load(text)!;
        Assert.Equal(10, calendar.Events.Count);
        Assert.Equal(10, calendar.Events.Select(e => e.Uid).Distinct().Count());
        var council = calendar.Events.Single(e => e.Summary!.StartsWith("第1回連携推進会議"));
        Assert.Equal(("山形県庁 講堂", new DateTime(2030, 7, 18, 13, 30, 0), "Asia/Tokyo"), (council.Location, council.DtStart!.Value, council.DtStart.TzId));
        var writtenMeeting = calendar.Events.Single(e => e.Summary!.StartsWith("第2回幹事会"));
        Assert.Contains("書面開催", writtenMeeting.Summary);
        Assert.Equal(new DateTime(2031, 2, 10), writtenMeeting.DtStart!.Value);
        var survey = calendar.Events.Single(e => e.Summary == "連携課題・ニーズ調査");
        Assert.False(survey.DtStart!.HasTime); // a month, all day
    }

    [Fact]
    public async Task A_meeting_lies_within_its_fiscal_year_and_a_written_one_is_listed_in_its_deadlines_month()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var body = (await database.Get<CouncilService>().ListBodiesAsync(secretariat, new DateOnly(2032, 12, 1))).First(b => b.Kind == BodyKind.SteeringCommittee);
        var meetings = database.Get<MeetingService>();

        var outside = await Assert.ThrowsAsync<ValidationException>(() => meetings.CreateAsync(secretariat, body.Id, 2032,
            new MeetingInput("臨時幹事会", new DateTimeOffset(2034, 5, 1, 10, 0, 0, TimeSpan.FromHours(9)), "県庁", false, null)));
        Assert.True(outside.Errors.ContainsKey(nameof(MeetingInput.StartsAt)));
        await Assert.ThrowsAsync<ValidationException>(() => meetings.CreateAsync(secretariat, body.Id, 2032,
            new MeetingInput("臨時幹事会（書面）", null, null, true, new DateOnly(9999, 12, 31))));

        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2032, 12, 10, 9, 0, 0));
        var id = await meetings.CreateAsync(secretariat, body.Id, 2032, new MeetingInput("臨時幹事会（書面）", null, null, true, new DateOnly(2032, 12, 20)));
        var item = (await Cycles.GetAsync(secretariat, 2032)).Items.Single(i => i.MeetingId == id);
        Assert.Equal(new DateOnly(2032, 12, 1), item.TargetFrom);
        Assert.NotEqual(AnnualCycleItemStatus.Late, item.Status);
    }

    [Fact]
    public async Task The_feed_keeps_the_rules_of_RFC_5545()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await Cycles.GenerateAsync(secretariat, 2031);
        var text = AnnualCycleCalendar.Write("060003", await Cycles.GetAsync(secretariat, 2031), await database.Get<MeetingService>().ListAsync(secretariat, 2031), Wording.Japanese);
        Assert.Empty(Rfc5545.Problems(text));
    }

    private static AnnualCycleItemStatus StatusOf2(AnnualCycleView cycle, string start) => cycle.Items.First(i => i.Title.StartsWith(start)).Status;
}

/// <summary>
/// A strict reading of the rules RFC 5545 sets that calendar apps rely on: CRLF line ends, lines of at most 75
/// octets, balanced BEGIN/END, VERSION and PRODID, every VTIMEZONE with a STANDARD or DAYLIGHT block carrying
/// DTSTART, TZOFFSETFROM and TZOFFSETTO, every VEVENT with UID, DTSTAMP and DTSTART, and TZIDs that are defined.
/// </summary>
internal static class Rfc5545
{
    public static IReadOnlyList<string> Problems(string text)
    {
        var problems = new List<string>();
        if (text.Replace("\r\n", "").Contains('\n'))
        {
            problems.Add("a line ends without CRLF");
        }
        var physical = text.Split("\r\n");
        foreach (var line in physical.Where(l => System.Text.Encoding.UTF8.GetByteCount(l) > 75))
        {
            problems.Add($"line over 75 octets: {line[..Math.Min(40, line.Length)]}");
        }
        // Unfold, then read the components as a tree of property names.
        var lines = string.Join("\r\n", physical).Replace("\r\n ", "").Replace("\r\n\t", "").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var stack = new Stack<(string Name, HashSet<string> Properties, List<string> Children)>();
        var zones = new HashSet<string>();
        var usedZones = new HashSet<string>();
        foreach (var line in lines)
        {
            var name = line.Split(':', ';')[0].ToUpperInvariant();
            var value = line[(line.IndexOf(':') + 1)..];
            if (name == "BEGIN")
            {
                if (stack.TryPeek(out var parent))
                {
                    parent.Children.Add(value);
                }
                stack.Push((value, [], []));
                continue;
            }
            if (name == "END")
            {
                if (stack.Count == 0 || stack.Peek().Name != value)
                {
                    problems.Add($"END:{value} does not close the open component");
                    return problems;
                }
                var (component, properties, children) = stack.Pop();
                string[] required = component switch
                {
                    "VCALENDAR" => ["VERSION", "PRODID"],
                    "VEVENT" => ["UID", "DTSTAMP", "DTSTART"],
                    "STANDARD" or "DAYLIGHT" => ["DTSTART", "TZOFFSETFROM", "TZOFFSETTO"],
                    "VTIMEZONE" => ["TZID"],
                    _ => [],
                };
                problems.AddRange(required.Where(r => !properties.Contains(r)).Select(r => $"{component} without {r}"));
                if (component == "VTIMEZONE" && !children.Any(c => c is "STANDARD" or "DAYLIGHT"))
                {
                    problems.Add("VTIMEZONE without a STANDARD or DAYLIGHT block");
                }
                continue;
            }
            if (stack.Count == 0)
            {
                problems.Add($"{name} outside any component");
                continue;
            }
            stack.Peek().Properties.Add(name);
            if (name == "TZID" && stack.Peek().Name == "VTIMEZONE")
            {
                zones.Add(value);
            }
            var tzid = System.Text.RegularExpressions.Regex.Match(line.Split(':')[0], "TZID=([^;:]+)");
            if (tzid.Success)
            {
                usedZones.Add(tzid.Groups[1].Value);
            }
        }
        if (stack.Count > 0)
        {
            problems.Add($"{stack.Peek().Name} is never closed");
        }
        problems.AddRange(usedZones.Except(zones).Select(z => $"TZID {z} is used but not defined"));
        return problems;
    }
}
