using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Testing;

namespace Renkei.Web.Tests.Tenancy;

/// <summary>
/// The deployment's administrator adds 宮城県 through the API; its administrator sets up its secretariat and a
/// municipality, and both prefectures run the cycle at once: the survey (open, answer, submit, summarise, export), a
/// theme made of the answer, and a council meeting with that theme on its agenda (宮城県 sets up its 連携推進会議 first).
/// Neither then finds the other's words, names or records in any list, search, export, calendar or notice it may read.
/// </summary>
public class PrefecturesSideBySideTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    private const string Password = "Miyagi#Admin2026";
    private const int Year = 2091;
    private const string MiyagiWord = "ツバメ広域連携試験";
    private const string YamagataWord = "カモシカ広域連携試験";

    [Fact]
    public async Task Two_prefectures_run_a_survey_cycle_side_by_side_and_neither_sees_the_other()
    {
        var operatorClient = await factory.ApiClientAsync(DemoAccounts.Operator);
        var refused = await (await factory.ApiClientAsync(DemoAccounts.Admin)).GetAsync("/api/v1/prefectures");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var badCsv = await operatorClient.PostAsJsonAsync("/api/v1/prefectures", Request("miyagi-admin@pref.example", "local_government_code,name,region,branch_office,support_office\n062014,山形市,a,b,c\n"));
        Assert.Equal(HttpStatusCode.BadRequest, badCsv.StatusCode);
        Assert.Contains("2行目", (await badCsv.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("File")[0].GetString());

        var added = await operatorClient.PostAsJsonAsync("/api/v1/prefectures", Request("miyagi-admin@pref.example",
            "local_government_code,name,region,branch_office,support_office\n041009,仙台市,試験地域A,試験用第一支庁,試験用第一支庁 連携支援室\n"));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(35, (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("municipalities").GetInt32());
        Assert.Contains((await operatorClient.GetFromJsonAsync<JsonElement>("/api/v1/prefectures")).EnumerateArray(), p => p.GetProperty("name").GetString() == "宮城県");

        // 宮城県's administrator sets up its secretariat and 仙台市.
        var miyagiAdmin = await factory.ApiClientAsync("miyagi-admin@pref.example", Password);
        var secretariatId = (await miyagiAdmin.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("organisationId").GetInt32();
        var municipalities = (await miyagiAdmin.GetFromJsonAsync<JsonElement>("/api/v1/municipalities")).EnumerateArray().ToList();
        Assert.All(municipalities, m => Assert.StartsWith("04", m.GetProperty("code").GetString()));
        var sendaiId = municipalities.Single(m => m.GetProperty("name").GetString() == "仙台市").GetProperty("id").GetInt32();
        await CreateUserAsync(miyagiAdmin, "miyagi-secretariat@pref.example", secretariatId, "Secretariat");
        await CreateUserAsync(miyagiAdmin, "sendai@pref.example", sendaiId, "MunicipalStaff");
        var miyagiSecretariat = await factory.ApiClientAsync("miyagi-secretariat@pref.example", Password);
        var sendai = await factory.ApiClientAsync("sendai@pref.example", Password);

        // Both run the cycle at once.
        var yamagataSecretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var miyagiSurvey = await OpenSurveyAsync(miyagiSecretariat);
        var yamagataSurvey = await OpenSurveyAsync(yamagataSecretariat);
        await AnswerAsync(sendai, miyagiSurvey, MiyagiWord);
        await AnswerAsync(await factory.ApiClientAsync(DemoAccounts.YamagataCity), yamagataSurvey, YamagataWord);
        Assert.Equal(1, (await miyagiSecretariat.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{miyagiSurvey}/summary")).GetProperty("municipal").GetProperty("total").GetInt32());
        var miyagiBody = await SetUpCouncilAsync(miyagiSecretariat);
        var yamagataBody = (await yamagataSecretariat.GetFromJsonAsync<JsonElement>("/api/v1/bodies")).EnumerateArray()
            .Single(b => b.GetProperty("kind").GetString() == "Council").GetProperty("id").GetInt32();
        var (miyagiTheme, miyagiMeeting) = await TakeToTheCouncilAsync(miyagiSecretariat, miyagiSurvey, miyagiBody, MiyagiWord);
        var (yamagataTheme, yamagataMeeting) = await TakeToTheCouncilAsync(yamagataSecretariat, yamagataSurvey, yamagataBody, YamagataWord);

        // Each finds its own word (so the checks below can fail) ...
        Assert.Contains(MiyagiWord, await ReadAsync(miyagiSecretariat, $"/api/v1/search?q={MiyagiWord}"));
        Assert.Contains(YamagataWord, await ReadAsync(yamagataSecretariat, $"/api/v1/search?q={YamagataWord}"));
        Assert.Contains(MiyagiWord, await ReadAsync(miyagiSecretariat, $"/api/v1/surveys/{miyagiSurvey}/items.csv"));
        Assert.Contains("仙台", await ReadAsync(miyagiSecretariat, "/api/v1/municipalities"));
        Assert.Contains(MiyagiWord, await ReadAsync(miyagiSecretariat, $"/api/v1/cycles/{Year}.ics"));
        Assert.Contains(MiyagiWord, await ReadAsync(miyagiSecretariat, $"/api/v1/meetings?fiscalYear={Year}"));
        Assert.Contains(YamagataWord, await ReadAsync(yamagataSecretariat, $"/api/v1/cycles/{Year}"));
        Assert.Contains(MiyagiWord, await ReadAsync(sendai, $"/api/v1/meetings/{miyagiMeeting}/agenda"));
        Assert.Contains("山形", await ReadAsync(yamagataSecretariat, "/api/v1/municipalities"));

        // ... and nothing of the other: not by search, list, export, calendar, notice or address.
        var yamagataAdmin = await factory.ApiClientAsync(DemoAccounts.Admin);
        await NeverSeesAsync(yamagataSecretariat, ["宮城", "仙台", MiyagiWord], [
            $"/api/v1/search?q={MiyagiWord}", "/api/v1/search?q=仙台", "/api/v1/surveys", "/api/v1/municipalities", "/api/v1/themes", "/api/v1/notifications",
            $"/api/v1/surveys/{yamagataSurvey}/items.csv", $"/api/v1/surveys/{yamagataSurvey}/progress", $"/api/v1/cycles/{Year}.ics", "/api/v1/audit",
            $"/api/v1/cycles/{Year}", $"/api/v1/meetings?fiscalYear={Year}", "/api/v1/bodies", $"/api/v1/triage?surveyId={yamagataSurvey}",
            $"/api/v1/meetings/{yamagataMeeting}/agenda/suggestions", $"/api/v1/themes/{yamagataTheme}"]);
        await NeverSeesAsync(yamagataAdmin, ["宮城", "仙台", "pref.example"], ["/api/v1/users", "/api/v1/organisations/approval", "/api/v1/audit"]);
        await NeverSeesAsync(miyagiSecretariat, ["山形", "鶴岡", YamagataWord], [
            $"/api/v1/search?q={YamagataWord}", "/api/v1/search?q=山形", "/api/v1/surveys", "/api/v1/municipalities", "/api/v1/themes", "/api/v1/notifications",
            $"/api/v1/surveys/{miyagiSurvey}/items.csv", $"/api/v1/surveys/{miyagiSurvey}/progress", $"/api/v1/cycles/{Year}.ics", "/api/v1/audit",
            $"/api/v1/cycles/{Year}", $"/api/v1/meetings?fiscalYear={Year}", "/api/v1/bodies", $"/api/v1/triage?surveyId={miyagiSurvey}",
            $"/api/v1/meetings/{miyagiMeeting}/agenda/suggestions", $"/api/v1/themes/{miyagiTheme}"]);
        await NeverSeesAsync(sendai, ["山形", YamagataWord], ["/api/v1/themes", $"/api/v1/meetings?fiscalYear={Year}", "/api/v1/bodies", "/api/v1/notifications", $"/api/v1/search?q={YamagataWord}"]);
        await NeverSeesAsync(miyagiAdmin, ["山形", "renkei.example"], ["/api/v1/users", "/api/v1/organisations/approval", "/api/v1/audit"]);
        Assert.Equal(HttpStatusCode.NotFound, (await yamagataSecretariat.GetAsync($"/api/v1/surveys/{miyagiSurvey}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await miyagiSecretariat.GetAsync($"/api/v1/surveys/{yamagataSurvey}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sendai.GetAsync("/api/v1/municipalities/062014")).StatusCode);
        foreach (var address in new[] { $"/api/v1/meetings/{miyagiMeeting}", $"/api/v1/meetings/{miyagiMeeting}/agenda", $"/api/v1/meetings/{miyagiMeeting}/agenda.docx", $"/api/v1/themes/{miyagiTheme}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await yamagataSecretariat.GetAsync(address)).StatusCode);
        }
        foreach (var address in new[] { $"/api/v1/meetings/{yamagataMeeting}", $"/api/v1/meetings/{yamagataMeeting}/agenda", $"/api/v1/meetings/{yamagataMeeting}/minutes.docx", $"/api/v1/themes/{yamagataTheme}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await miyagiSecretariat.GetAsync(address)).StatusCode);
        }
    }

    /// <summary>宮城県 starts with no council: its secretariat sets up the 連携推進会議 with every municipality.</summary>
    private static async Task<int> SetUpCouncilAsync(HttpClient secretariat)
    {
        var created = await secretariat.PostAsJsonAsync("/api/v1/bodies/prefectural", new { kind = "Council", name = "県・市町村連携推進会議", chairPost = "総務部長", municipalPost = "企画担当課長等" });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    /// <summary>The submitted need becomes a 全県 theme, put to a council meeting of the year (ids of both).</summary>
    private static async Task<(int Theme, int Meeting)> TakeToTheCouncilAsync(HttpClient secretariat, int surveyId, int bodyId, string word)
    {
        var need = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/triage?surveyId={surveyId}")).EnumerateArray()
            .Single(n => n.GetProperty("title").GetString() == word).GetProperty("itemId").GetInt32();
        var theme = await secretariat.PostAsJsonAsync("/api/v1/themes", new { title = $"{word}のテーマ", itemIds = new[] { need } });
        theme.EnsureSuccessStatusCode();
        var themeId = (await theme.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var meeting = await secretariat.PostAsJsonAsync("/api/v1/meetings", new
        {
            bodyId, fiscalYear = Year, title = $"{word}の連携推進会議", startsAt = new DateTimeOffset(Year, 7, 10, 10, 0, 0, TimeSpan.FromHours(9)), place = "県庁講堂",
        });
        meeting.EnsureSuccessStatusCode();
        var meetingId = (await meeting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await secretariat.PostAsJsonAsync($"/api/v1/meetings/{meetingId}/agenda", new { kind = "Deliberation", title = $"{word}について", themeIds = new[] { themeId } })).EnsureSuccessStatusCode();
        return (themeId, meetingId);
    }

    private static object Request(string email, string? csv) => new
    {
        prefectureCode = "04", secretariatBureau = "総務部", secretariatDivision = "市町村課",
        administratorEmail = email, administratorName = "宮城 管理者", administratorPassword = Password, officesCsv = csv,
    };

    private static async Task CreateUserAsync(HttpClient admin, string email, int organisationId, string role) =>
        (await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = email, organisationId, role, password = Password })).EnsureSuccessStatusCode();

    private static async Task<int> OpenSurveyAsync(HttpClient secretariat)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        var created = await secretariat.PostAsJsonAsync("/api/v1/surveys", new
        {
            fiscalYear = Year, title = $"{Year}年度 連携課題・ニーズ調査",
            municipalOpensOn = today.AddDays(-1), municipalClosesOn = today.AddDays(10), departmentOpensOn = today.AddDays(-1), departmentClosesOn = today.AddDays(10),
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await secretariat.PostAsJsonAsync($"/api/v1/surveys/{id}/open", new { version = await secretariat.VersionAtAsync($"/api/v1/surveys/{id}") })).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task AnswerAsync(HttpClient municipality, int surveyId, string word)
    {
        var category = (await municipality.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{surveyId}/categories")).EnumerateArray().First().GetProperty("id").GetInt32();
        (await municipality.PostAsJsonAsync($"/api/v1/surveys/{surveyId}/responses/mine/items", new { categoryId = category, title = word, urgency = "High" })).EnsureSuccessStatusCode();
        (await municipality.PostAsync($"/api/v1/surveys/{surveyId}/responses/mine/submit", null)).EnsureSuccessStatusCode();
    }

    /// <summary>The answer's text (a search's groups only: it repeats the words asked).</summary>
    private static async Task<string> ReadAsync(HttpClient client, string address)
    {
        var response = await client.GetAsync(address);
        Assert.True(response.IsSuccessStatusCode, $"{address}: {response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        return address.StartsWith("/api/v1/search", StringComparison.Ordinal) ? JsonDocument.Parse(body).RootElement.GetProperty("groups").GetRawText() : body;
    }

    private static async Task NeverSeesAsync(HttpClient client, string[] words, string[] addresses)
    {
        foreach (var address in addresses)
        {
            var body = await ReadAsync(client, address);
            foreach (var word in words)
            {
                Assert.False(body.Contains(word, StringComparison.Ordinal), $"{address} shows 「{word}」");
            }
        }
    }
}
