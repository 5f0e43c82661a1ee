using Microsoft.EntityFrameworkCore;
using Renkei.Core.Common;
using Renkei.Core.Council;
using Renkei.Core.Surveys;
using Renkei.Testing;

namespace Renkei.Core.Tests.Data;

/// <summary>
/// Every step that changes a versioned row presents the version the user was shown: a colleague's earlier save makes
/// it a conflict (409) and nothing of theirs is overwritten. The audit trail names the user and their prefecture.
/// </summary>
public class StaleVersionTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task A_survey_closed_from_a_stale_page_is_a_conflict_and_stays_open()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var surveys = database.Get<NeedsSurveyService>();
        var id = await surveys.CreateAsync(secretariat, NeedsSurveyService.Proposal(2070, [], hasEarlierSurvey: false));
        var shown = (await surveys.GetAsync(secretariat, id)).Version;
        await surveys.OpenAsync(secretariat, id, shown);

        await Assert.ThrowsAsync<ConflictException>(() => surveys.CloseAsync(secretariat, id, shown));
        Assert.Equal(SurveyStatus.Open, (await surveys.GetAsync(secretariat, id)).Status);
    }

    [Fact]
    public async Task Meeting_steps_milestones_and_template_rows_refuse_a_stale_version()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await database.Get<AnnualCycleService>().GenerateAsync(secretariat, 2071);
        var meetings = database.Get<MeetingService>();
        var agenda = database.Get<AgendaService>();
        var meeting = (await meetings.ListAsync(secretariat, 2071)).First(m => m.BodyKind == BodyKind.SteeringCommittee);
        await agenda.AddAsync(secretariat, meeting.Id, new AgendaItemInput(AgendaItemKind.Report, "報告", null, null));
        var shown = (await meetings.GetAsync(secretariat, meeting.Id)).Version;
        await database.Get<MaterialService>().SetDeadlineAsync(secretariat, meeting.Id, meeting.TargetFrom, shown); // a colleague saves first

        await Assert.ThrowsAsync<ConflictException>(() => agenda.AdvanceAsync(secretariat, meeting.Id, MeetingState.AgendaFixed, shown));
        Assert.Equal(MeetingState.Planned, (await meetings.GetAsync(secretariat, meeting.Id)).State);

        var cycle = database.Get<AnnualCycleService>();
        var milestone = (await cycle.GetAsync(secretariat, 2071)).Items.First(i => i.MilestoneId is not null);
        await cycle.SetMilestoneDoneAsync(secretariat, milestone.MilestoneId!.Value, new DateOnly(2071, 6, 1), milestone.Version);
        await Assert.ThrowsAsync<ConflictException>(() => cycle.SetMilestoneDoneAsync(secretariat, milestone.MilestoneId!.Value, null, milestone.Version));
        Assert.Equal(new DateOnly(2071, 6, 1), (await cycle.GetAsync(secretariat, 2071)).Items.Single(i => i.MilestoneId == milestone.MilestoneId).DoneOn);

        var template = database.Get<ScheduleTemplateService>();
        var row = (await template.ListAsync(secretariat))[0];
        await template.UpdateAsync(secretariat, row.Id, new TemplateItemInput(row.Title + "（改）", row.Body, row.Number, row.FromMonth, row.UntilMonth), row.Version);
        await Assert.ThrowsAsync<ConflictException>(() => template.DeleteAsync(secretariat, row.Id, row.Version));
        Assert.Contains(await template.ListAsync(secretariat), t => t.Id == row.Id);
    }

    [Fact]
    public async Task The_audit_trail_names_the_user_and_their_prefecture()
    {
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var surveys = database.Get<NeedsSurveyService>();
        var id = await surveys.CreateAsync(secretariat, NeedsSurveyService.Proposal(2072, [], hasEarlierSurvey: false));

        await using var db = database.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == nameof(NeedsSurvey) && e.EntityId == id.ToString() && e.Action == "Created");
        Assert.Equal((secretariat.UserId, secretariat.PrefectureId), (entry.UserId, entry.PrefectureId));
    }
}
