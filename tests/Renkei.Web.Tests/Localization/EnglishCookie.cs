using Microsoft.AspNetCore.Localization;

namespace Renkei.Web.Tests.Localization;

/// <summary>The culture cookie the pages set when a user switches to English; the API answers in the language it names.</summary>
public static class EnglishCookie
{
    public static readonly string Header = $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(CookieRequestCultureProvider.MakeCookieValue(new("en-US")))}";

    /// <summary>The client from now on asks in English.</summary>
    public static HttpClient InEnglish(this HttpClient client)
    {
        client.DefaultRequestHeaders.Add("Cookie", Header);
        return client;
    }
}
