using Renkei.Core.Common;
using Renkei.Core.Council;
using Renkei.Testing;

namespace Renkei.Core.Tests.Council;

public class ScheduleTemplateTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private ScheduleTemplateService Template => database.Get<ScheduleTemplateService>();

    [Fact]
    public async Task The_secretariat_edits_the_template_and_the_next_generated_year_follows_it()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var seeded = await Template.ListAsync(secretariat);
        Assert.Equal(4, seeded[0].FromMonth); // fiscal order: April first
        Assert.Equal(3, seeded[^1].UntilMonth);
        await database.Get<AnnualCycleService>().GenerateAsync(secretariat, 2060);

        var added = await Template.AddAsync(secretariat, new TemplateItemInput("第3回幹事会", BodyKind.SteeringCommittee, 3, 11, 11));
        var mayors = seeded.First(t => t.Body is null);
        await Template.UpdateAsync(secretariat, mayors.Id, new TemplateItemInput(mayors.Title + "（前倒し）", null, null, 4, 4), mayors.Version);
        await Assert.ThrowsAsync<ConflictException>(() => Template.UpdateAsync(secretariat, mayors.Id, new TemplateItemInput("古い", null, null, 4, 4), mayors.Version));
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Template.AddAsync(await database.ActorAsync(DemoAccounts.MurayamaSupport), new TemplateItemInput("x", null, null, 4, 4)));

        await database.Get<AnnualCycleService>().GenerateAsync(secretariat, 2061);
        var meetings = database.Get<MeetingService>();
        var third = Assert.Single(await meetings.ListAsync(secretariat, 2061), m => m.Title == "第3回幹事会");
        Assert.Equal((new DateOnly(2061, 11, 1), 3), (third.TargetFrom, third.Number!.Value));
        Assert.DoesNotContain(await meetings.ListAsync(secretariat, 2060), m => m.Title == "第3回幹事会"); // generated years keep theirs
        var milestones = (await database.Get<AnnualCycleService>().GetAsync(secretariat, 2061)).Items;
        Assert.Contains(milestones, i => i.Title == mayors.Title + "（前倒し）" && i.TargetFrom == new DateOnly(2061, 4, 1));

        await Template.DeleteAsync(secretariat, added, await database.VersionAsync<ScheduleTemplateItem>(added));
        Assert.DoesNotContain(await Template.ListAsync(secretariat), t => t.Id == added);
    }

    [Theory]
    [InlineData("", null, null, 4, 4, "Title")]
    [InlineData("予算要求", null, null, 2, 10, "UntilMonth")]
    [InlineData("予算要求", null, null, 13, 1, "FromMonth")]
    [InlineData("WT", BodyKind.WorkingTeam, null, 5, 5, "Body")]
    [InlineData("調査", null, 2, 5, 5, "Number")]
    public async Task Invalid_items_are_refused_beside_their_field(string title, BodyKind? body, int? number, int from, int until, string field)
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(async () =>
            await Template.AddAsync(await database.ActorAsync(DemoAccounts.Secretariat), new TemplateItemInput(title, body, number, from, until)));
        Assert.True(refused.Errors.ContainsKey(field), string.Join(",", refused.Errors.Keys));
    }
}
