using Microsoft.EntityFrameworkCore;
using MimeKit;
using Renkei.Core.Surveys;
using Renkei.Testing;

namespace Renkei.Core.Tests.Surveys;

/// <summary>The 督促 in each recipient's language (a database of its own: the test changes who chose what).</summary>
public class SurveyReminderLanguageTests(RenkeiDatabase database) : IClassFixture<RenkeiDatabase>
{
    [Fact]
    public async Task A_user_who_chose_english_is_reminded_in_english_and_the_contact_without_an_account_in_japanese()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var surveyId = await SurveyScenario.OpenAsync(database, 2083);
        await using (var db = database.CreateDbContext())
        {
            (await db.Users.SingleAsync(u => u.Email == DemoAccounts.KaminoyamaCity)).Language = "en";
            (await db.Municipalities.SingleAsync(m => m.Name == "上山市")).Contact.Email = "kikaku@city.kaminoyama.example";
            await db.SaveChangesAsync();
        }

        var result = await SurveyReminderServiceTests.For(database, smtp).SendAsync(await database.ActorAsync(DemoAccounts.Secretariat), surveyId);

        var english = Assert.Single(smtp.Messages(), m => Addresses(m).Contains(DemoAccounts.KaminoyamaCity));
        Assert.Equal([DemoAccounts.KaminoyamaCity], Addresses(english));
        Assert.StartsWith("«【ご回答のお願い】", english.Subject);
        Assert.Contains("«上山市 ご担当者様»", english.TextBody);
        Assert.Contains("«現在の状況：«未着手»»", english.TextBody);
        var japanese = Assert.Single(smtp.Messages(), m => Addresses(m).Contains("kikaku@city.kaminoyama.example"));
        Assert.Contains("上山市 ご担当者様", japanese.TextBody);
        Assert.DoesNotContain("«", japanese.TextBody);
        Assert.DoesNotContain("上山市", result.WithoutAddress);
    }

    private static IReadOnlyList<string> Addresses(MimeMessage message) => [.. message.To.Mailboxes.Select(m => m.Address)];
}
