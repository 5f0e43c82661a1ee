using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Testing;
using Renkei.Web.Tests.Localization;

namespace Renkei.Web.Tests.Arrangements;

public class ArrangementApiTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    /// <summary>The 参考資料's counts (平成28年度 共同処理の状況調): between municipalities, and with the prefecture (参考).</summary>
    private static readonly (string Type, int Between, int WithPrefecture, string Kind)[] SeedTable =
    [
        ("PartialAffairsAssociation", 18, 1, "消防"), ("WideAreaUnion", 2, 0, "後期高齢者医療"), ("JointCouncil", 1, 0, "下水道共同管理"),
        ("JointInstitution", 2, 0, "介護認定審査"), ("Entrustment", 84, 52, "公平委員会"), ("CollaborationAgreement", 0, 0, ""), ("SubstituteExecution", 0, 0, ""),
    ];

    [Fact]
    public async Task The_seeds_records_entered_through_the_api_give_the_seeds_table_back()
    {
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var municipalities = (await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/municipalities")).EnumerateArray().Select(m => m.GetProperty("id").GetInt32()).ToList();
        foreach (var (type, between, withPrefecture, kind) in SeedTable)
        {
            for (var n = 0; n < between + withPrefecture; n++)
            {
                var created = await secretariat.PostAsJsonAsync("/api/v1/arrangements", new { type, name = $"{type} {n + 1}", kindsOfWork = new[] { kind }, establishedOn = "2010-04-01" });
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
                var (first, second) = type == "Entrustment" ? ("Entruster", "Entrustee") : ("Member", "Member");
                await AddAsync(secretariat, id, new { organisationId = municipalities[n % municipalities.Count], isPrefecture = false, role = first, from = "2010-04-01" });
                await AddAsync(secretariat, id, n < between
                    ? new { organisationId = (int?)municipalities[(n + 1) % municipalities.Count], isPrefecture = false, role = second, from = "2010-04-01" }
                    : new { organisationId = (int?)null, isPrefecture = true, role = second, from = "2010-04-01" });
            }
        }

        var summary = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/arrangements/summary?asOf=2017-04-01");
        var rows = summary.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("type").GetString()!);
        foreach (var (type, between, withPrefecture, _) in SeedTable)
        {
            Assert.Equal((type, between, withPrefecture), (type, rows[type].GetProperty("betweenMunicipalities").GetInt32(), rows[type].GetProperty("withPrefecture").GetInt32()));
        }
        Assert.Equal(4, rows["SettlementArea"].GetProperty("arrangements").GetInt32());
        Assert.Equal(1, rows["SettlementArea"].GetProperty("inPreparation").GetInt32());
        Assert.Equal(0, (await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/arrangements/summary?asOf=2009-04-01"))
            .GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "Entrustment").GetProperty("arrangements").GetInt32());
    }

    [Fact]
    public async Task Bad_input_is_told_beside_its_field_and_others_may_only_read()
    {
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var bad = await secretariat.PostAsJsonAsync("/api/v1/arrangements", new { type = "JointCouncil", name = "", kindsOfWork = new[] { "宇宙開発" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("Name", out _) && errors.TryGetProperty("KindsOfWork", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await secretariat.GetAsync("/api/v1/arrangements?asOf=1800-01-01")).StatusCode);

        var city = await factory.ApiClientAsync(DemoAccounts.YamagataCity);
        Assert.Equal(HttpStatusCode.Forbidden, (await city.PostAsJsonAsync("/api/v1/arrangements", new { type = "JointCouncil", name = "x", kindsOfWork = Array.Empty<string>() })).StatusCode);
        var area = (await city.GetFromJsonAsync<JsonElement>("/api/v1/arrangements?type=SettlementArea&asOf=2017-04-01")).EnumerateArray().First();
        var detail = await city.GetFromJsonAsync<JsonElement>($"/api/v1/arrangements/{area.GetProperty("id").GetInt32()}");
        Assert.False(detail.GetProperty("canEdit").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await city.GetAsync("/api/v1/arrangements/999999")).StatusCode);
    }

    [Fact]
    public async Task In_english_the_exports_have_english_words_and_the_names_as_entered()
    {
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var registry = (await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/arrangements?includeDissolved=true")).EnumerateArray().ToList();
        var notes = await Task.WhenAll(registry.Select(async a =>
            (await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/arrangements/{a.GetProperty("id").GetInt32()}")).GetProperty("note").GetString() ?? ""));
        var entered = registry.SelectMany(a => a.GetProperty("memberNames").EnumerateArray().Select(n => n.GetString()!).Append(a.GetProperty("name").GetString()!))
            .Concat(notes).Concat(Renkei.Core.Arrangements.KindsOfWork.All).Append("山形県").Where(n => n.Length > 0).Distinct().OrderByDescending(n => n.Length).ToList();
        secretariat.InEnglish();

        var csv = await secretariat.GetAsync("/api/v1/arrangements/export.csv");
        Assert.Equal("Wide-area arrangements.csv", csv.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.StartsWith("type,name,kinds_of_work,members,", (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);

        var xlsx = await secretariat.GetAsync("/api/v1/arrangements/export.xlsx");
        Assert.Equal("Wide-area arrangements.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar);
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var cells = workbook.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>()).Select(t => t.Text).ToList();
        Assert.Contains("Settlement and self-reliance area", cells);
        Assert.Contains(cells, c => c.StartsWith("Number by type (as of ", StringComparison.Ordinal));
        Assert.DoesNotContain(cells.Select(c => entered.Aggregate(c, (text, name) => text.Replace(name, "", StringComparison.Ordinal))), c => c.Any(ch => ch >= '\u3000' && ch != '、'));
    }

    private static async Task AddAsync(HttpClient client, int id, object member)
    {
        var added = await client.PostAsJsonAsync($"/api/v1/arrangements/{id}/members", member);
        Assert.True(added.StatusCode == HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
    }
}
