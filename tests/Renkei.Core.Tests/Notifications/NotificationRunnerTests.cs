using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Renkei.Core.Cases;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Notifications;
using Renkei.Core.Regions;
using Renkei.Core.Surveys;
using Renkei.Core.Tests.Cases;
using Renkei.Testing;

namespace Renkei.Core.Tests.Notifications;

/// <summary>The daily run and the bell: each deadline once per user, one portal at a time, mail only for the kinds chosen.</summary>
public class NotificationRunnerTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    private NoticeService Notices => database.Get<NoticeService>();

    private NotificationRunner Runner(SmtpTestServer smtp) => For(database, smtp);

    /// <summary>The daily run mailing through <paramref name="smtp"/>, each user in their language (<see cref="MarkedWordings"/>).</summary>
    internal static NotificationRunner For(RenkeiDatabase database, SmtpTestServer smtp)
    {
        var options = Options.Create(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = smtp.Port, SmtpSecurity = "None", PortalUrl = "https://renkei.pref.example/" });
        var mailer = new NoticeMailer(new SmtpMailSender(options, NullLogger<SmtpMailSender>.Instance), options, new MarkedWordings());
        return new NotificationRunner(database.Get<UnitOfWork>(), mailer, database.Clock, NullLogger<NotificationRunner>.Instance);
    }

    private async Task<List<NoticeView>> OfAsync(string account, string keyPart)
    {
        var actor = await database.ActorAsync(account);
        await using var db = database.CreateDbContext();
        var ids = await db.Notices.Where(n => n.UserId == actor.UserId && n.Key.Contains(keyPart)).Select(n => n.Id).ToListAsync();
        return (await Notices.ListMineAsync(actor)).Notices.Where(n => ids.Contains(n.Id)).ToList();
    }

    [Fact]
    public async Task A_survey_is_announced_when_it_opens_and_3_days_before_it_closes_to_those_not_submitted_once_and_mailed_as_chosen()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var surveyId = await SurveyScenario.OpenAsync(database, 2090); // 10 June; the municipal window closes on 23 June
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var responses = database.Get<SurveyResponseService>();
        await responses.AddItemAsync(city, surveyId, SurveyScenario.Item(await SurveyScenario.CategoryAsync(database, city, surveyId, "若者")));
        await responses.SubmitAsync(city, surveyId);
        var tsuruoka = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        await Notices.SetPreferencesAsync(tsuruoka, [NoticeKind.SurveyClosing], 0);

        var first = await Runner(smtp).RunAsync();
        Assert.True(first.Ran);
        var opened = Assert.Single(await OfAsync(DemoAccounts.TsuruokaCity, $"Survey"), n => n.Href == PortalLinks.SurveyAnswer(surveyId));
        Assert.Equal((NoticeKind.SurveyOpened, new DateOnly(2090, 6, 23), false), (opened.Kind, opened.DueOn, opened.Read));
        Assert.Empty(await OfAsync(DemoAccounts.YamagataCity, $"Survey")); // submitted
        Assert.Empty(await OfAsync(DemoAccounts.Secretariat, $"Survey")); // the secretariat does not answer
        Assert.Single(await OfAsync(DemoAccounts.KenkoFukushi, $"SurveyOpened:{surveyId}")); // departments answer too
        Assert.False((await Runner(smtp).RunAsync()).Ran); // the day is done
        Assert.Empty(smtp.Messages()); // 鶴岡市 chose only the closing by mail

        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2090, 6, 20, 8, 0, 0));
        var closing = await Runner(smtp).RunAsync();
        Assert.True(closing.Ran);
        var notices = await OfAsync(DemoAccounts.TsuruokaCity, $":{surveyId}");
        Assert.Equal([NoticeKind.SurveyClosing, NoticeKind.SurveyOpened], notices.Select(n => n.Kind)); // newest first, the opening not written again
        var mail = Assert.Single(smtp.Messages(), m => m.To.Mailboxes.Any(a => a.Address == DemoAccounts.TsuruokaCity));
        Assert.StartsWith("【県・市町村連携ポータル】ニーズ調査の回答期限が近づいています：2090年度", mail.Subject);
        Assert.Contains($"https://renkei.pref.example/surveys/{surveyId}/answer", mail.TextBody);
        Assert.Contains("期限：令和72年6月23日 (2090)", mail.TextBody);

        var unread = (await Notices.ListMineAsync(tsuruoka)).Unread;
        await Notices.MarkReadAsync(tsuruoka, notices[0].Id);
        Assert.Equal(unread - 1, await Notices.UnreadCountAsync(tsuruoka));
        var other = await database.ActorAsync(DemoAccounts.KaminoyamaCity);
        await Assert.ThrowsAsync<NotFoundException>(() => Notices.MarkReadAsync(other, notices[1].Id));
        Assert.Equal(unread - 1, await Notices.MarkAllReadAsync(tsuruoka));
        Assert.Equal(0, await Notices.UnreadCountAsync(tsuruoka));
    }

    [Fact]
    public async Task The_run_removes_notices_read_long_ago_and_keeps_recent_and_unread_ones()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2093, 5, 1, 8, 0, 0));
        var now = database.Clock.GetUtcNow();
        var user = await database.ActorAsync(DemoAccounts.TsuruokaCity);
        Notice Old(string key, DateTimeOffset created, DateTimeOffset? read) => new()
        {
            PrefectureId = user.PrefectureId, UserId = user.UserId, Kind = NoticeKind.FollowUpDue, Key = key, Subject = key, Href = "/regions",
            CreatedAt = created, ReadAt = read,
        };
        await using (var db = database.CreateDbContext())
        {
            db.Notices.AddRange(
                Old("Retention:read-long-ago", now.AddDays(-420), now - NotificationRunner.KeepRead - TimeSpan.FromDays(1)),
                Old("Retention:read-lately", now.AddDays(-420), now.AddDays(-10)),
                Old("Retention:never-read", now.AddDays(-500), null));
            await db.SaveChangesAsync();
        }

        var run = await Runner(smtp).RunAsync();

        Assert.True(run.Ran);
        Assert.True(run.Removed >= 1); // with any other test's notices read before then
        await using var check = database.CreateDbContext();
        Assert.Equal(["Retention:never-read", "Retention:read-lately"], await check.Notices.Where(n => n.Key.StartsWith("Retention:")).Select(n => n.Key).OrderBy(k => k).ToListAsync());
    }

    [Fact]
    public async Task While_another_portal_holds_the_lock_the_run_does_nothing_and_then_runs_once()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        SurveyScenario.SetJapanTime(database.Clock, new DateTime(2091, 7, 1, 8, 0, 0));
        await using (var other = new NpgsqlConnection(database.ConnectionString))
        {
            await other.OpenAsync();
            await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({NotificationRunner.LockKey})", other))
            {
                await take.ExecuteNonQueryAsync();
            }
            Assert.False((await Runner(smtp).RunAsync()).Ran);
            await using (var db = database.CreateDbContext())
            {
                Assert.False(await db.NotificationRuns.AnyAsync(r => r.Day == new DateOnly(2091, 7, 1)));
            }
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({NotificationRunner.LockKey})", other);
            await release.ExecuteNonQueryAsync();
        }
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Runner(smtp).RunAsync()));
        Assert.Single(runs, r => r.Ran);
    }

    [Fact]
    public async Task Decisions_are_told_at_once_and_a_follow_up_due_in_3_days_reaches_its_office()
    {
        var surveyId = await SurveyScenario.OpenAsync(database, 2092);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var city = await database.ActorAsync(DemoAccounts.KaminoyamaCity);
        var responses = database.Get<SurveyResponseService>();
        await responses.AddItemAsync(city, surveyId, SurveyScenario.Item(await SurveyScenario.CategoryAsync(database, city, surveyId, "若者")));
        var submitted = await responses.SubmitAsync(city, surveyId);
        await responses.ReturnAsync(secretariat, surveyId, submitted.Id, "連携先の団体名を記入してください", await database.VersionAsync<SurveyResponse>(submitted.Id));
        var returned = Assert.Single(await OfAsync(DemoAccounts.KaminoyamaCity, $"NeedReturned:{submitted.Id}:"));
        Assert.Equal("連携先の団体名を記入してください", returned.Note);

        var caseId = await database.ApprovedCaseAsync(city, CaseFixtures.Input("蔵王の共同除雪", [city.OrganisationId]), Visibility.Internal);
        Assert.Equal(PortalLinks.Case(caseId), Assert.Single(await OfAsync(DemoAccounts.KaminoyamaCity, $"CaseApproved:{caseId}:")).Href);

        var office = await database.ActorAsync(DemoAccounts.MurayamaSupport);
        var log = database.Get<ContactLogService>();
        var today = Core.Calendar.JapanDate.Today(database.Clock);
        var contact = await log.CreateAsync(office, new ContactLogInput(today, ContactKind.Visit, [city.OrganisationId], null, "除雪の共同化", null, null));
        await log.AddFollowUpAsync(office, contact, new FollowUpInput("見積を共有する", "連携支援室", today.AddDays(3)), (await log.GetAsync(office, contact)).Version);
        await using var smtp = await SmtpTestServer.StartAsync();
        await Runner(smtp).RunAsync();
        var due = Assert.Single(await OfAsync(DemoAccounts.MurayamaSupport, "FollowUp:"), n => n.Href == PortalLinks.Contact(contact));
        Assert.Equal(("見積を共有する", today.AddDays(3)), (due.Subject, due.DueOn));
        Assert.Empty(await OfAsync(DemoAccounts.ShonaiSupport, "FollowUp:"));
    }

    [Fact]
    public async Task Mail_preferences_carry_their_version()
    {
        var admin = await database.ActorAsync(DemoAccounts.Admin);
        var saved = await Notices.SetPreferencesAsync(admin, [NoticeKind.CaseReturned, NoticeKind.CaseApproved, NoticeKind.CaseApproved], 0);
        Assert.Equal([NoticeKind.CaseApproved, NoticeKind.CaseReturned], saved.MailKinds);
        Assert.Equal(DemoAccounts.Admin, saved.Email);
        await Assert.ThrowsAsync<ConflictException>(() => Notices.SetPreferencesAsync(admin, [], 0)); // shown before the first save
        Assert.Empty((await Notices.SetPreferencesAsync(admin, [], saved.Version)).MailKinds);
        await Assert.ThrowsAsync<ValidationException>(() => Notices.SetPreferencesAsync(admin, [(NoticeKind)99], saved.Version));
    }
}
