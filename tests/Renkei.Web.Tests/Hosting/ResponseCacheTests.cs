using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Core.Accounts;
using Renkei.Testing;

namespace Renkei.Web.Tests.Hosting;

/// <summary>
/// Cached answers (municipality list, closed survey summary) are served only to callers who may have them, per
/// prefecture or caller, with an ETag, and never outlive a save of what they were read from.
/// </summary>
public class ResponseCacheTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? etag = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        }
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task The_municipality_list_is_revalidated_by_its_etag_and_a_saved_contact_shows_at_once()
    {
        var city = await factory.ApiClientAsync(DemoAccounts.YamagataCity);
        var first = await GetAsync(city, "/api/v1/municipalities");
        var etag = first.Headers.ETag?.Tag;
        Assert.NotNull(etag);
        Assert.True(first.Headers.CacheControl is { Private: true, NoCache: true, NoStore: false }, first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(city, "/api/v1/municipalities", etag)).StatusCode);
        // Another user of the prefecture shares the entry.
        var support = await factory.ApiClientAsync(DemoAccounts.MurayamaSupport);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(support, "/api/v1/municipalities", etag)).StatusCode);

        // A statistics save (any kind of row the list is read from) drops the entry: the next answer is new.
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        (await secretariat.PutAsJsonAsync("/api/v1/municipalities/062014/statistics/2031", new { population = 123_456, isProjection = false }))
            .EnsureSuccessStatusCode();
        var after = await GetAsync(city, "/api/v1/municipalities", etag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag?.Tag);
        var yamagata = (await after.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(m => m.GetProperty("code").GetString() == "062014");
        Assert.Equal(123_456, yamagata.GetProperty("latestPopulation").GetInt32());
    }

    [Fact]
    public async Task Another_prefecture_gets_its_own_list_and_a_locked_account_no_cached_answer()
    {
        var yamagataList = await (await factory.ApiClientAsync(DemoAccounts.YamagataCity)).GetFromJsonAsync<JsonElement>("/api/v1/municipalities");
        Assert.Equal(35, yamagataList.GetArrayLength());

        string email = "aomori-secretariat@renkei.example", password = "Renkei#Strong2026";
        await using (var db = factory.CreateDbContext())
        {
            var (_, _, department) = await SecondPrefecture.CreateAsync(db);
            using var scope = factory.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RenkeiUser>>();
            var user = new RenkeiUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "青森県 事務局", OrganisationId = department.Id };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Secretariat)).Succeeded);
        }
        var aomori = await factory.ApiClientAsync(email, password);
        var list = await aomori.GetFromJsonAsync<JsonElement>("/api/v1/municipalities");
        Assert.Equal(["青森市"], list.EnumerateArray().Select(m => m.GetProperty("name").GetString()));

        // The sign-in is checked before the cache: a locked account is refused even an answer cached a moment ago.
        var me = await aomori.GetFromJsonAsync<JsonElement>("/api/v1/me");
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<RenkeiUser>>();
            var user = await users.FindByEmailAsync(email);
            await users.SetLockoutEndDateAsync(user!, DateTimeOffset.UtcNow.AddDays(1));
            await users.UpdateSecurityStampAsync(user!);
        }
        factory.Services.GetRequiredService<Renkei.Web.Auth.AccountCheck>().Forget(me.GetProperty("userId").GetGuid());
        Assert.Equal(HttpStatusCode.Unauthorized, (await aomori.GetAsync("/api/v1/municipalities")).StatusCode);
    }

    [Fact]
    public async Task A_closed_surveys_summary_is_kept_per_caller_and_an_open_one_is_not_kept()
    {
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var surveys = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/surveys");
        var closed = surveys.EnumerateArray().Single(s => s.GetProperty("fiscalYear").GetInt32() == 2017).GetProperty("id").GetInt32();

        static int Total(JsonElement summary) => summary.GetProperty("municipal").GetProperty("total").GetInt32();
        var mine = await GetAsync(secretariat, $"/api/v1/surveys/{closed}/summary");
        Assert.NotNull(mine.Headers.ETag);
        var support = await factory.ApiClientAsync(DemoAccounts.MurayamaSupport);
        var theirs = await GetAsync(support, $"/api/v1/surveys/{closed}/summary", mine.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode); // not the secretariat's entry: a support office sees its jurisdiction
        Assert.True(Total(await theirs.Content.ReadFromJsonAsync<JsonElement>()) < Total(await mine.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(secretariat, $"/api/v1/surveys/{closed}/summary", mine.Headers.ETag.Tag)).StatusCode);

        var created = await secretariat.PostAsJsonAsync("/api/v1/surveys", new
        {
            fiscalYear = 2064, title = "開いている調査", municipalOpensOn = "2064-05-01", municipalClosesOn = "2064-06-01", departmentOpensOn = "2064-05-01", departmentClosesOn = "2064-06-01",
        });
        var open = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var openSummary = await GetAsync(secretariat, $"/api/v1/surveys/{open}/summary");
        Assert.Equal(HttpStatusCode.OK, openSummary.StatusCode);
        Assert.Null(openSummary.Headers.ETag);
        Assert.True(openSummary.Headers.CacheControl?.NoStore);
    }
}
