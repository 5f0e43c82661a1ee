using Microsoft.EntityFrameworkCore;
using Renkei.Core.Notifications;
using Renkei.Testing;

namespace Renkei.Core.Tests.Notifications;

/// <summary>Notice mails in each user's language (a database of its own: the test changes who chose what).</summary>
public class NoticeMailLanguageTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task A_user_who_chose_english_gets_the_notice_mail_in_english_and_one_who_never_chose_in_japanese()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var surveyId = await SurveyScenario.OpenAsync(database, 2091);
        await using (var db = database.CreateDbContext())
        {
            (await db.Users.SingleAsync(u => u.Email == DemoAccounts.TsuruokaCity)).Language = "en";
            await db.SaveChangesAsync();
        }
        var notices = database.Get<NoticeService>();
        await notices.SetPreferencesAsync(await database.ActorAsync(DemoAccounts.TsuruokaCity), [NoticeKind.SurveyOpened], 0);
        await notices.SetPreferencesAsync(await database.ActorAsync(DemoAccounts.YamagataCity), [NoticeKind.SurveyOpened], 0);

        Assert.True((await NotificationRunnerTests.For(database, smtp).RunAsync()).Ran);

        var english = Assert.Single(smtp.Messages(), m => m.To.Mailboxes.Any(a => a.Address == DemoAccounts.TsuruokaCity));
        Assert.StartsWith("«【県・市町村連携ポータル】«ニーズ調査の回答受付が始まりました»：2091年度", english.Subject);
        Assert.Contains("«期限：令和73年6月23日 (2091)»", english.TextBody);
        Assert.Contains("«次のページで確認してください。»", english.TextBody);
        var japanese = Assert.Single(smtp.Messages(), m => m.To.Mailboxes.Any(a => a.Address == DemoAccounts.YamagataCity));
        Assert.StartsWith("【県・市町村連携ポータル】ニーズ調査の回答受付が始まりました：2091年度", japanese.Subject);
        Assert.DoesNotContain("«", japanese.TextBody);
    }
}
