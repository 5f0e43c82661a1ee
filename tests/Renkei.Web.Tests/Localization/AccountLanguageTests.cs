using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Renkei.Testing;
using Renkei.Web.Tests.Accounts;

namespace Renkei.Web.Tests.Localization;

/// <summary>The language a person chose follows them: to another browser, to their mail and to their calendar client.</summary>
public class AccountLanguageTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task English_chosen_once_comes_back_at_the_next_sign_in_and_writes_the_reminder_and_the_calendar_feed()
    {
        var first = Browser();
        await LoginPageTests.SubmitLoginAsync(first, DemoAccounts.TsuruokaCity, DemoAccounts.Password);
        await first.GetAsync("/culture?culture=en-US&redirectUri=/");

        // Another browser, no cookie of its own: the account's choice comes with the sign-in.
        var second = Browser();
        var signedIn = await LoginPageTests.SubmitLoginAsync(second, DemoAccounts.TsuruokaCity, DemoAccounts.Password);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal) && c.Contains("en-US", StringComparison.Ordinal));
        Assert.Contains("<html lang=\"en\"", await second.GetStringAsync("/municipalities"));
        // Someone who never chose stays in Japanese.
        var other = Browser();
        var japanese = await LoginPageTests.SubmitLoginAsync(other, DemoAccounts.YamagataCity, DemoAccounts.Password);
        Assert.DoesNotContain(japanese.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));

        // The 督促: 鶴岡市's user reads English; 山形市's (no one chose) stays Japanese.
        var surveyId = await Surveys.SurveyResponseApiTests.OpenSurveyAsync(factory, 2079);
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        Assert.Equal(HttpStatusCode.OK, (await secretariat.PostAsync($"/api/v1/surveys/{surveyId}/reminders", null)).StatusCode);
        var mails = Directory.GetFiles(factory.MailDirectory, "*.eml").Select(f => MimeKit.MimeMessage.Load(f)).ToList();
        var tsuruoka = Assert.Single(mails, m => m.To.Mailboxes.Any(a => a.Address == DemoAccounts.TsuruokaCity));
        Assert.StartsWith("[Please answer] 2079年度 連携課題・ニーズ調査 (deadline ", tsuruoka.Subject);
        Assert.DoesNotContain(Without(tsuruoka.TextBody!, "2079年度 連携課題・ニーズ調査", "鶴岡市", "県・市町村連携ポータル", "市町村課"), c => c >= '\u3000');
        Assert.Contains(mails, m => m.To.Mailboxes.Any(a => a.Address == DemoAccounts.YamagataCity) && m.Subject!.StartsWith("【ご回答のお願い】", StringComparison.Ordinal));

        // The calendar client sends no cookie: the feed is in the account's language.
        var city = await factory.ApiClientAsync(DemoAccounts.TsuruokaCity);
        var url = (await (await city.PostAsync("/api/v1/calendar-subscription", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
        var feed = await factory.CreateClient().GetStringAsync(new Uri(url).PathAndQuery);
        Assert.Contains("X-WR-CALNAME:Prefecture", feed);
        Assert.DoesNotContain("県・市町村連携", feed);
    }

    private static string Without(string text, params string[] entered) => entered.Aggregate(text, (t, name) => t.Replace(name, "", StringComparison.Ordinal));
}
