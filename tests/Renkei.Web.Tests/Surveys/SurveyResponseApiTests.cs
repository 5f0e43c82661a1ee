using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Renkei.Testing;
using Renkei.Web.Tests.Localization;

namespace Renkei.Web.Tests.Surveys;

public class SurveyResponseApiTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    /// <summary>Creates and opens a survey whose windows are open today (the web host runs on the real clock).</summary>
    private Task<int> OpenSurveyAsync(int fiscalYear, int opensInDays = -3, int closesInDays = 10) => OpenSurveyAsync(factory, fiscalYear, opensInDays, closesInDays);

    /// <summary>The secretariat creates and opens 「{fiscalYear}年度 連携課題・ニーズ調査」 with both windows around today.</summary>
    internal static async Task<int> OpenSurveyAsync(RenkeiWebFactory factory, int fiscalYear, int opensInDays = -3, int closesInDays = 10)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9));
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var created = await secretariat.PostAsJsonAsync("/api/v1/surveys", new
        {
            fiscalYear, title = $"{fiscalYear}年度 連携課題・ニーズ調査",
            municipalOpensOn = today.AddDays(opensInDays), municipalClosesOn = today.AddDays(closesInDays),
            departmentOpensOn = today.AddDays(opensInDays), departmentClosesOn = today.AddDays(closesInDays),
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await secretariat.PostAsJsonAsync($"/api/v1/surveys/{id}/open", new { version = await secretariat.VersionAtAsync($"/api/v1/surveys/{id}") })).EnsureSuccessStatusCode();
        return id;
    }

    private static async Task<int> CategoryAsync(HttpClient client, int surveyId, string labelStart) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{surveyId}/categories"))
        .EnumerateArray().First(c => c.GetProperty("label").GetString()!.StartsWith(labelStart)).GetProperty("id").GetInt32();

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;

    [Fact]
    public async Task A_municipality_drafts_submits_and_the_secretariat_sees_and_returns_it()
    {
        var surveyId = await OpenSurveyAsync(2070);
        var city = await factory.ApiClientAsync(DemoAccounts.YamagataCity);
        var mine = await city.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{surveyId}/responses/mine");
        Assert.Equal("Draft", mine.GetProperty("status").GetString());
        Assert.Equal(0, mine.GetProperty("items").GetArrayLength());

        var category = await CategoryAsync(city, surveyId, "若者");
        var added = await city.PostAsJsonAsync($"/api/v1/surveys/{surveyId}/responses/mine/items",
            new { categoryId = category, title = "空き家バンクの広域化", urgency = "High", form = "協議会", content = "空き家情報の共有", issues = "個人情報" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var item = await added.Content.ReadFromJsonAsync<JsonElement>();
        var itemId = item.GetProperty("id").GetInt32();
        var version = item.GetProperty("version").GetUInt32();

        var updated = await city.PutAsJsonAsync($"/api/v1/surveys/{surveyId}/responses/mine/items/{itemId}",
            new { categoryId = category, title = "空き家バンクの広域運用", urgency = "Medium", version });
        updated.EnsureSuccessStatusCode();
        var stale = await city.PutAsJsonAsync($"/api/v1/surveys/{surveyId}/responses/mine/items/{itemId}",
            new { categoryId = category, title = "古い版", urgency = "Low", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("他の方が先に更新しました", await DetailAsync(stale));

        var submitted = await city.PostAsync($"/api/v1/surveys/{surveyId}/responses/mine/submit", null);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var again = await city.PostAsync($"/api/v1/surveys/{surveyId}/responses/mine/submit", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("提出済み", await DetailAsync(again));
        var locked = await city.DeleteAsync($"/api/v1/surveys/{surveyId}/responses/mine/items/{itemId}");
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);

        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var progress = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{surveyId}/progress");
        var row = progress.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("organisationName").GetString() == "山形市");
        Assert.Equal("Submitted", row.GetProperty("state").GetString());
        var summary = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{surveyId}/summary");
        Assert.Equal(1, summary.GetProperty("municipal").GetProperty("total").GetInt32());
        Assert.Equal(1, summary.GetProperty("municipal").GetProperty("sections")[0].GetProperty("categories")[0].GetProperty("count").GetInt32());

        var responseId = row.GetProperty("responseId").GetInt32();
        var noReason = await secretariat.PostAsJsonAsync($"/api/v1/surveys/{surveyId}/responses/{responseId}/return", new { reason = "", version = await secretariat.VersionAtAsync($"/api/v1/surveys/{surveyId}/responses/{responseId}") });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await secretariat.PostAsJsonAsync($"/api/v1/surveys/{surveyId}/responses/{responseId}/return", new { reason = "内容を具体的に", version = await secretariat.VersionAtAsync($"/api/v1/surveys/{surveyId}/responses/{responseId}") })).StatusCode);
        var returned = await city.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{surveyId}/responses/mine");
        Assert.Equal(("Returned", "内容を具体的に"), (returned.GetProperty("status").GetString(), returned.GetProperty("returnReason").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, (await city.DeleteAsync($"/api/v1/surveys/{surveyId}/responses/mine/items/{itemId}?version={await ItemVersionAsync(city, surveyId, itemId)}")).StatusCode);
        var noNeeds = await city.PostAsJsonAsync($"/api/v1/surveys/{surveyId}/responses/mine/submit", new { noNeeds = true });
        Assert.True((await noNeeds.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("noNeeds").GetBoolean());
    }

    [Fact]
    public async Task Bad_items_get_problem_details_naming_the_fields()
    {
        var surveyId = await OpenSurveyAsync(2071);
        var city = await factory.ApiClientAsync(DemoAccounts.TsuruokaCity);
        var empty = await city.PostAsJsonAsync($"/api/v1/surveys/{surveyId}/responses/mine/items", new { title = "", urgency = (string?)null });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        var errors = (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("区分を選んでください", errors.GetProperty("CategoryId")[0].GetString());
        Assert.Contains("連携が必要な施策・業務を入力してください", errors.GetProperty("Title")[0].GetString());

        var badUrgency = await city.PostAsync($"/api/v1/surveys/{surveyId}/responses/mine/items",
            new StringContent("""{"categoryId":1,"title":"x","urgency":"Urgent"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, badUrgency.StatusCode);
        Assert.Equal("application/problem+json", badUrgency.Content.Headers.ContentType?.MediaType);

        Assert.Equal(HttpStatusCode.NotFound, (await city.GetAsync("/api/v1/surveys/999999/responses/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await city.PutAsJsonAsync($"/api/v1/surveys/{surveyId}/responses/mine/items/999999",
            new { categoryId = 1, title = "x", urgency = "Low", version = 1 })).StatusCode);
    }

    [Fact]
    public async Task Submitting_after_the_deadline_is_a_clear_409()
    {
        var surveyId = await OpenSurveyAsync(2072, opensInDays: -30, closesInDays: -1);
        var department = await factory.ApiClientAsync(DemoAccounts.KenkoFukushi);
        var category = await CategoryAsync(department, surveyId, "子育て");
        (await department.PostAsJsonAsync($"/api/v1/surveys/{surveyId}/responses/mine/items", new { categoryId = category, title = "療育支援", urgency = "Low" })).EnsureSuccessStatusCode();
        var late = await department.PostAsync($"/api/v1/surveys/{surveyId}/responses/mine/submit", null);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("外のため提出できません", await DetailAsync(late));
    }

    [Theory]
    [InlineData(DemoAccounts.YamagataCity, "progress", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.YamagataCity, "summary", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Admin, "summary", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.Admin, "responses/mine", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.KenkoFukushi, "progress", HttpStatusCode.Forbidden)]
    [InlineData(DemoAccounts.KenkoFukushi, "summary", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.ShonaiSupport, "progress", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.Secretariat, "items.csv", HttpStatusCode.OK)]
    [InlineData(DemoAccounts.TsuruokaCity, "items.csv", HttpStatusCode.Forbidden)]
    public async Task Each_persona_reaches_what_it_should(string email, string path, HttpStatusCode expected)
    {
        var client = await factory.ApiClientAsync(email);
        var surveys = await client.GetFromJsonAsync<JsonElement>("/api/v1/surveys");
        var demo = surveys.EnumerateArray().Single(s => s.GetProperty("fiscalYear").GetInt32() == 2017).GetProperty("id").GetInt32();
        var response = await client.GetAsync($"/api/v1/surveys/{demo}/{path}");
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_2017_summary_and_its_exports_carry_the_published_numbers()
    {
        var client = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var surveys = await client.GetFromJsonAsync<JsonElement>("/api/v1/surveys");
        var id = surveys.EnumerateArray().Single(s => s.GetProperty("fiscalYear").GetInt32() == 2017).GetProperty("id").GetInt32();

        var summary = await client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{id}/summary");
        Assert.Equal(173, summary.GetProperty("municipal").GetProperty("total").GetInt32());
        Assert.Equal(40, summary.GetProperty("departments").GetProperty("total").GetInt32());
        var first = summary.GetProperty("municipal").GetProperty("sections")[0];
        Assert.Equal(("Policy", 87), (first.GetProperty("section").GetString(), first.GetProperty("count").GetInt32()));
        Assert.True(first.GetProperty("categories")[0].GetProperty("alsoRaisedByDepartments").GetBoolean());

        var xlsx = await client.GetAsync($"/api/v1/surveys/{id}/summary.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using (var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            var sheet = Rows(document, "集計");
            var table = sheet.Where(r => r.Length >= 3 && ReferenceTable2017.Rows.Any(x => x.Label == r[1])).ToList();
            Assert.Equal(ReferenceTable2017.Rows.Select(r => (r.Label, r.Municipal.ToString(), r.Star ? "*" : "")),
                table.Select(r => (r[1], r[2], r.ElementAtOrDefault(3) ?? "")));
            Assert.Equal(["合計", "", "173", "", "40"], sheet.Single(r => r.FirstOrDefault() == "合計"));
            Assert.Equal(1 + 213, Rows(document, "回答一覧").Count);
        }

        var csv = await client.GetByteArrayAsync($"/api/v1/surveys/{id}/items.csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("回答者区分,団体名,地域,連携の種類,区分", lines[0]);
        Assert.Equal(1 + 213, lines.Length);
    }

    [Fact]
    public async Task In_english_the_list_of_needs_has_english_headings_and_values_and_the_entered_text_as_entered()
    {
        var client = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        // The language the pages chose (their culture cookie), as the page's download link sends it.
        client.InEnglish();
        var surveys = await client.GetFromJsonAsync<JsonElement>("/api/v1/surveys");
        var id = surveys.EnumerateArray().Single(s => s.GetProperty("fiscalYear").GetInt32() == 2017).GetProperty("id").GetInt32();

        var lines = Encoding.UTF8.GetString((await client.GetByteArrayAsync($"/api/v1/surveys/{id}/items.csv"))[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Respondent group,Organisation,Region,Kind of collaboration,Category,Policy or work that needs collaboration,Urgency", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Municipalities,山形市,", StringComparison.Ordinal) && l.Contains(",Collaboration in policy,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines.Skip(1), l => l.Contains(",高,", StringComparison.Ordinal) || l.Contains("令和", StringComparison.Ordinal));

        var xlsx = await client.GetByteArrayAsync($"/api/v1/surveys/{id}/summary.xlsx");
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        Assert.Equal("Respondent group", Rows(document, "Needs")[0][0]);
        var summary = Rows(document, "Summary");
        Assert.Equal(["Total", "", "173", "", "40"], summary.Single(r => r.FirstOrDefault() == "Total"));
        Assert.Contains(summary, r => r.FirstOrDefault()?.StartsWith("Municipalities: 173 (Collaboration in policy 87, ", StringComparison.Ordinal) == true);
        // Below the title (the survey's entered name), only the 2017 categories' labels are Japanese: they are entered data.
        Assert.DoesNotContain(summary.Skip(1).SelectMany(r => r).Except(ReferenceTable2017.Rows.Select(x => x.Label)), cell => cell.Any(c => c is >= '\u3040' and <= '\u9fff'));
    }

    [Fact]
    public async Task The_secretariat_reminds_those_who_have_not_submitted()
    {
        var surveyId = await OpenSurveyAsync(2073);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ApiClientAsync(DemoAccounts.TsuruokaCity)).PostAsync($"/api/v1/surveys/{surveyId}/reminders", null)).StatusCode);

        var response = await (await factory.ApiClientAsync(DemoAccounts.Secretariat)).PostAsync($"/api/v1/surveys/{surveyId}/reminders", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var mails = Directory.GetFiles(factory.MailDirectory, "*.eml").Select(f => MimeKit.MimeMessage.Load(f)).ToList();
        Assert.Equal(result.GetProperty("organisations").GetInt32(), mails.Count);
        Assert.Contains(mails, m => m.To.Mailboxes.Any(a => a.Address == DemoAccounts.TsuruokaCity) && m.TextBody!.Contains($"/surveys/{surveyId}/answer"));
        Assert.Contains("米沢市", result.GetProperty("withoutAddress").EnumerateArray().Select(e => e.GetString()));
    }

    /// <summary>A sheet's cells as text, row by row (inline strings and numbers, as the export writes them).</summary>
    private static List<string[]> Rows(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Row>().Select(row =>
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = new string(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());
                var index = column.Aggregate(0, (n, ch) => n * 26 + ch - 'A' + 1) - 1;
                while (cells.Count < index)
                {
                    cells.Add("");
                }
                cells.Add(cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "");
            }
            return cells.ToArray();
        }).ToList();
    }

    private static async Task<uint> ItemVersionAsync(HttpClient client, int surveyId, int itemId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{surveyId}/responses/mine"))
        .GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == itemId).GetProperty("version").GetUInt32();
}
