using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Notifications;
using Renkei.Core.Surveys;
using Renkei.Testing;

namespace Renkei.Core.Tests.Surveys;

public class SurveyReminderServiceTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    /// <summary>The service wired to a real SMTP server through MailKit, as production is.</summary>
    private SurveyReminderService Reminders(SmtpTestServer smtp) => For(database, smtp);

    /// <summary>The service mailing through <paramref name="smtp"/>, each recipient in their language (<see cref="MarkedWordings"/>).</summary>
    internal static SurveyReminderService For(RenkeiDatabase database, SmtpTestServer smtp)
    {
        var options = Options.Create(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = smtp.Port, SmtpSecurity = "None", PortalUrl = "https://renkei.pref.example/" });
        return new SurveyReminderService(database.Get<UnitOfWork>(),
            database.Get<SurveyProgressService>(), new SmtpMailSender(options, NullLogger<SmtpMailSender>.Instance), options, new MarkedWordings(), database.Clock);
    }

    [Fact]
    public async Task Respondents_who_have_not_submitted_are_mailed_with_their_deadline_and_link()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var surveyId = await SurveyScenario.OpenAsync(database, 2080);
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        var responses = database.Get<SurveyResponseService>();
        await responses.AddItemAsync(city, surveyId, SurveyScenario.Item(await SurveyScenario.CategoryAsync(database, city, surveyId, "若者")));
        await responses.SubmitAsync(city, surveyId);
        await using (var db = database.CreateDbContext())
        {
            var sakata = await db.Municipalities.SingleAsync(m => m.Name == "酒田市");
            sakata.Contact.Email = "kikaku@city.sakata.example";
            await db.SaveChangesAsync();
        }

        var result = await Reminders(smtp).SendAsync(secretariat, surveyId);

        var messages = smtp.Messages();
        Assert.Equal(result.Organisations, messages.Count);
        Assert.DoesNotContain(messages, m => Addresses(m).Contains(DemoAccounts.YamagataCity)); // submitted
        var tsuruoka = Assert.Single(messages, m => Addresses(m).Contains(DemoAccounts.TsuruokaCity));
        Assert.Equal("【ご回答のお願い】2080年度 県と市町村及び市町村間の連携課題・ニーズ調査（令和62年6月23日 (2080)締切）", tsuruoka.Subject);
        Assert.Contains("鶴岡市 ご担当者様", tsuruoka.TextBody);
        Assert.Contains("（あと13日）", tsuruoka.TextBody);
        Assert.Contains("現在の状況：未着手", tsuruoka.TextBody);
        Assert.Contains("ご不明な点は事務局（市町村課）までお問い合わせください。", tsuruoka.TextBody); // the sender's secretariat by name
        Assert.Contains($"https://renkei.pref.example/surveys/{surveyId}/answer", tsuruoka.TextBody);
        Assert.Contains(messages, m => Addresses(m).Contains("kikaku@city.sakata.example"));
        Assert.Contains(messages, m => Addresses(m).Contains(DemoAccounts.KenkoFukushi));
        Assert.Contains("米沢市", result.WithoutAddress); // no user and no contact address: reported, not silently skipped
        Assert.DoesNotContain("山形市", result.WithoutAddress);

        await using var check = database.CreateDbContext();
        Assert.NotNull((await check.NeedsSurveys.SingleAsync(s => s.Id == surveyId)).LastReminderSentAt);
    }

    [Fact]
    public async Task An_answer_waiting_for_its_approval_is_reminded_of_the_approval_not_of_answering()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var surveyId = await SurveyScenario.OpenAsync(database, 2082);
        var admin = await database.ActorAsync(DemoAccounts.Admin);
        var settings = database.Get<Renkei.Core.Organisations.ApprovalSettingsService>();
        var row = (await settings.ListAsync(admin)).Single(r => r.Name == "山形市");
        await settings.SetAsync(admin, row.OrganisationId, true, row.Version);
        var city = await database.ActorAsync(DemoAccounts.YamagataCity);
        await database.Get<SurveyResponseService>().AddItemAsync(city, surveyId, SurveyScenario.Item(await SurveyScenario.CategoryAsync(database, city, surveyId, "若者")));
        var draft = await database.Get<SurveyResponseService>().GetMineAsync(city, surveyId);
        await database.Get<SurveyApprovalService>().RequestApprovalAsync(city, surveyId, false, draft.Version);

        await Reminders(smtp).SendAsync(await database.ActorAsync(DemoAccounts.Secretariat), surveyId);

        var yamagata = Assert.Single(smtp.Messages(), m => Addresses(m).Contains(DemoAccounts.YamagataCity));
        Assert.Contains(DemoAccounts.YamagataApprover, Addresses(yamagata)); // the approver is among the organisation's users
        Assert.Contains("現在の状況：決裁待ち", yamagata.TextBody);
        Assert.Contains("決裁者の方は次のページで決裁してください", yamagata.TextBody);
        Assert.DoesNotContain("「回答なし」", yamagata.TextBody);
        var tsuruoka = Assert.Single(smtp.Messages(), m => Addresses(m).Contains(DemoAccounts.TsuruokaCity));
        Assert.Contains("次のページから回答してください", tsuruoka.TextBody);
    }

    [Fact]
    public async Task Only_the_secretariat_reminds_and_only_while_the_survey_is_open()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var surveyId = await SurveyScenario.OpenAsync(database, 2081);
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Reminders(smtp).SendAsync(await database.ActorAsync(DemoAccounts.MurayamaSupport), surveyId));
        var secretariat = await database.ActorAsync(DemoAccounts.Secretariat);
        await database.Get<NeedsSurveyService>().CloseAsync(secretariat, surveyId, await database.VersionAsync<NeedsSurvey>(surveyId));
        await Assert.ThrowsAsync<ConflictException>(() => Reminders(smtp).SendAsync(secretariat, surveyId));
        Assert.Empty(smtp.Messages());
    }

    private static IReadOnlyList<string> Addresses(MimeMessage message) => message.To.Mailboxes.Select(m => m.Address).ToList();
}
