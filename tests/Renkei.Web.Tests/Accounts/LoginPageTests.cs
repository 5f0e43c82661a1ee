using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Renkei.Testing;

namespace Renkei.Web.Tests.Accounts;

/// <summary>The sign-in page over plain HTTP, the way a browser without scripts would use it.</summary>
public partial class LoginPageTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    private HttpClient Browser() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    internal static async Task<HttpResponseMessage> SubmitLoginAsync(HttpClient browser, string email, string password)
    {
        var form = await browser.GetStringAsync("/login");
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        return await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    [Fact]
    public async Task Pages_need_a_sign_in()
    {
        var response = await Browser().GetAsync("/municipalities");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery.Replace("http://localhost", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sign_in_page_is_in_Japanese_with_labelled_fields()
    {
        var html = await Browser().GetStringAsync("/login");
        Assert.Contains("<html lang=\"ja\"", html);
        Assert.Contains("<label for=\"email\">メールアドレス</label>", html);
        Assert.Contains("<label for=\"password\">パスワード</label>", html);
        Assert.DoesNotContain("register", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Signing_in_sets_a_secure_http_only_cookie_and_opens_the_portal()
    {
        var browser = Browser();
        var response = await SubmitLoginAsync(browser, DemoAccounts.YamagataCity, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("Renkei.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        var page = await browser.GetAsync("/municipalities");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("市町村一覧", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_password_is_explained_next_to_the_form()
    {
        var response = await SubmitLoginAsync(Browser(), DemoAccounts.KenkoFukushi, "wrong-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("メールアドレスまたはパスワードが正しくないか", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var response = await Browser().PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.Email"] = DemoAccounts.Admin, ["Input.Password"] = DemoAccounts.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task English_can_be_chosen()
    {
        var browser = Browser();
        await browser.GetAsync("/culture?culture=en-US&redirectUri=/login");
        var html = await browser.GetStringAsync("/login");
        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("Sign in", html);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
