using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Renkei.Core.Accounts;
using Renkei.Web.Hosting;

namespace Renkei.Web.Auth;

/// <summary>
/// The language a person chose: the culture cookie for this browser, and the account for their mails, their calendar
/// feed and their next sign-in elsewhere. The last choice wins: a choice made before signing in is kept on the account.
/// </summary>
public sealed class AccountLanguage(UserManager<RenkeiUser> users, TimeProvider clock)
{
    /// <summary>The switch in the app bar: this browser from now on, and the account when someone is signed in.</summary>
    public async Task ChooseAsync(HttpContext http, CultureInfo culture)
    {
        SetCookie(http, culture);
        if (http.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(http.User) is { } user)
        {
            await RememberAsync(user, culture);
        }
    }

    /// <summary>At sign-in: this browser's choice goes to the account, or the account's choice comes to this browser.</summary>
    public async Task SignedInAsync(HttpContext http, RenkeiUser user)
    {
        var chosen = http.Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName)
            ? http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture
            : null;
        if (chosen is not null)
        {
            await RememberAsync(user, chosen);
        }
        else if (WebSetup.SupportedCultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == Languages.Known(user.Language)) is { } kept)
        {
            SetCookie(http, kept);
        }
    }

    private async Task RememberAsync(RenkeiUser user, CultureInfo culture)
    {
        var language = Languages.Known(culture.TwoLetterISOLanguageName);
        if (language is not null && user.Language != language)
        {
            user.Language = language;
            await users.UpdateAsync(user);
        }
    }

    private void SetCookie(HttpContext http, CultureInfo culture) =>
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = clock.GetUtcNow().AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
}
