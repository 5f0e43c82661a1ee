using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Renkei.Testing;

namespace Renkei.Web.Tests.Organisations;

public class MunicipalityApiTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    private async Task<uint> VersionAsync(HttpClient client, string code) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/{code}")).GetProperty("version").GetUInt32();

    [Fact]
    public async Task A_municipality_changes_its_own_contact_but_gets_403_for_another()
    {
        var client = await factory.ApiClientAsync(DemoAccounts.YamagataCity);
        var own = await client.PutAsJsonAsync("/api/v1/municipalities/062014/contact",
            new { division = "企画調整課", phone = "023-641-1212", email = (string?)null, version = await VersionAsync(client, "062014") });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);

        var other = await client.PutAsJsonAsync("/api/v1/municipalities/062031/contact",
            new { division = "乗っ取り", version = await VersionAsync(client, "062031") });
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        var problem = await other.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("鶴岡市の連絡先を変更する権限がありません。", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Another_prefectures_municipality_is_404_not_403()
    {
        await using (var db = factory.CreateDbContext())
        {
            await SecondPrefecture.CreateAsync(db);
        }
        var client = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/municipalities/{SecondPrefecture.MunicipalityCode}")).StatusCode);
        var put = await client.PutAsJsonAsync($"/api/v1/municipalities/{SecondPrefecture.MunicipalityCode}/contact", new { division = "x", version = 1 });
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/municipalities");
        Assert.DoesNotContain(list.EnumerateArray(), m => m.GetProperty("code").GetString() == SecondPrefecture.MunicipalityCode);
    }

    [Fact]
    public async Task A_stale_version_answers_409()
    {
        var client = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var version = await VersionAsync(client, "062049");
        (await client.PutAsJsonAsync("/api/v1/municipalities/062049/contact", new { division = "A", version })).EnsureSuccessStatusCode();
        var stale = await client.PutAsJsonAsync("/api/v1/municipalities/062049/contact", new { division = "B", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Bad_input_gets_400_problem_details_never_500()
    {
        var client = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var malformed = await client.PutAsync("/api/v1/municipalities/062014/contact", new StringContent("{\"division\":", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.DoesNotContain("   at ", await malformed.Content.ReadAsStringAsync());

        var invalid = await client.PutAsJsonAsync("/api/v1/municipalities/062014/contact", new { email = "not-an-email", version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("Email", out _));
    }

    [Fact]
    public async Task The_secretariat_imports_statistics_as_CSV_and_a_municipality_cannot()
    {
        const string csv = "code,year,population,elderly_share,general_admin_staff,civil_engineers,architecture_engineers,agri_forestry_engineers,projection\n063819,2015,24000,33.5,180,6,3,5,0\n";
        var municipal = await factory.ApiClientAsync(DemoAccounts.TsuruokaCity);
        var refused = await municipal.PostAsync("/api/v1/municipalities/statistics/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var imported = await secretariat.PostAsync("/api/v1/municipalities/statistics/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(1, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        var profile = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/municipalities/063819");
        Assert.Equal(24000, profile.GetProperty("statistics")[0].GetProperty("population").GetInt32());
    }

    [Fact]
    public async Task Branch_offices_are_listed_with_their_support_offices()
    {
        var client = await factory.ApiClientAsync(DemoAccounts.KenkoFukushi);
        var branches = await client.GetFromJsonAsync<JsonElement>("/api/v1/branch-offices");
        Assert.Equal(4, branches.GetArrayLength());
        Assert.Equal(6, branches.EnumerateArray().Sum(b => b.GetProperty("supportOffices").GetArrayLength()));
    }
}
