using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Testing;

namespace Renkei.Web.Tests.Council;

public class CalendarSubscriptionTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    [Fact]
    public async Task A_calendar_client_reads_the_feed_by_its_secret_address_until_it_is_replaced_or_turned_off()
    {
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var year = Core.Calendar.FiscalYear.Of(DateTimeOffset.UtcNow).StartYear;
        (await secretariat.PostAsync($"/api/v1/cycles/{year}", null)).EnsureSuccessStatusCode();

        var city = await factory.ApiClientAsync(DemoAccounts.YamagataCity);
        Assert.False((await city.GetFromJsonAsync<JsonElement>("/api/v1/calendar-subscription")).GetProperty("active").GetBoolean());
        var made = await (await city.PostAsync("/api/v1/calendar-subscription", null)).Content.ReadFromJsonAsync<JsonElement>();
        var url = new Uri(made.GetProperty("url").GetString()!);
        Assert.Matches("^/calendar/[A-Za-z0-9_-]{43}\\.ics$", url.AbsolutePath);
        Assert.True((await city.GetFromJsonAsync<JsonElement>("/api/v1/calendar-subscription")).GetProperty("active").GetBoolean());

        var calendarApp = factory.CreateClient(); // no cookie, no token
        var feed = await calendarApp.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var calendar = Ical.Net.Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        Assert.Contains(calendar.Events, e => e.Summary!.StartsWith("第1回連携推進会議"));

        var renewed = await (await city.PostAsync("/api/v1/calendar-subscription", null)).Content.ReadFromJsonAsync<JsonElement>();
        var old = await calendarApp.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Contains("無効です", (await old.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var renewedPath = new Uri(renewed.GetProperty("url").GetString()!).PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(renewedPath)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await city.DeleteAsync("/api/v1/calendar-subscription")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(renewedPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync("/calendar/not-a-key.ics")).StatusCode);
    }
}
