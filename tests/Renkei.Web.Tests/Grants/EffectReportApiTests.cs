using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Json.Schema;
using Renkei.Testing;
using Renkei.Web.Tests.Localization;

namespace Renkei.Web.Tests.Grants;

/// <summary>
/// The review's figures (002, H31.3) come back from the report when its 11 areas are entered through the API with
/// member statistics made for the test so that the averages are the review's: 3.4万人, 1,928 ㎢, 4.1 members.
/// </summary>
public class EffectReportApiTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    /// <summary>(name, start year, members, relation, population of the area, area km²).</summary>
    private static readonly (string Name, int Start, int Members, string Relation, int Population, decimal Km2)[] Areas =
    [
        ("南空知", 2015, 4, "IncludesOverlap", 74_000, 2_250), ("とんがりロード広域", 2015, 4, "IncludesOverlap", 30_000, 2_208),
        ("北渡島檜山", 2015, 4, "WithinArea", 30_000, 2_250), ("遠軽地区", 2015, 3, "Unusable", 30_000, 2_250),
        ("とかち東北部", 2015, 3, "WithinArea", 30_000, 2_250), ("北空知", 2016, 5, "Unusable", 30_000, 500),
        ("岩宇まちづくり", 2016, 4, "Unusable", 30_000, 2_250), ("留萌南部", 2017, 3, "Unusable", 30_000, 2_250),
        ("留萌中北部", 2017, 5, "Unusable", 30_000, 500), ("西紋別", 2017, 5, "IncludesOverlap", 30_000, 2_250),
        ("根室", 2017, 5, "Unusable", 30_000, 2_250),
    ];

    /// <summary>Which areas (by index) name each field: 産業振興 11, 交流移住 7, 医療 3, 福祉 2, 教育 2, 職員交流 2.</summary>
    private static readonly (string Field, int[] Areas)[] Fields =
    [
        ("IndustryPromotion", [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), ("MigrationAndExchange", [0, 1, 2, 3, 4, 5, 6]), ("Medical", [0, 1, 2]),
        ("Welfare", [0, 1]), ("Education", [2, 3]), ("StaffExchange", [4, 5]),
    ];

    [Fact]
    public async Task The_reviews_figures_come_back_from_areas_and_statistics_entered_through_the_api()
    {
        var hokkaido = await factory.ApiClientAsync(DemoAccounts.HokkaidoSecretariat);
        var program = await CreatedAsync(await hokkaido.PostAsJsonAsync("/api/v1/grant-programs", new
        {
            name = "効果の検証テスト", firstFiscalYear = 2015, lastFiscalYear = 2019, lastAdoptionFiscalYear = 2017, capPerMember = 5_000_000,
            maxSupportYears = 3, typicalMinMembers = 3, typicalMaxMembers = 5, allocation = "EqualPerMember", statisticsYear = 2015,
            benchmarks = new[] { new { label = "道内定住自立圏", population = 193_000, areaKm2 = 4_066, members = 9.3 } },
        }));
        var municipalities = (await hokkaido.GetFromJsonAsync<JsonElement>("/api/v1/municipalities")).EnumerateArray()
            .Select(m => (Id: m.GetProperty("id").GetInt32(), Code: m.GetProperty("code").GetString()!)).ToList();
        var next = 0;
        for (var i = 0; i < Areas.Length; i++)
        {
            var (name, start, count, relation, population, km2) = Areas[i];
            var area = await CreatedAsync(await hokkaido.PostAsJsonAsync($"/api/v1/grant-programs/{program}/areas",
                new { name, startFiscalYear = start, declaredMemberCount = count, settlementRelation = relation }));
            var path = $"/api/v1/grant-programs/areas/{area}";
            var members = municipalities.Skip(next).Take(count).ToList();
            next += count;
            foreach (var member in members)
            {
                await OkAsync(await hokkaido.PostAsJsonAsync($"{path}/members", new { municipalityId = member.Id, version = await hokkaido.VersionAtAsync(path) }));
                await OkAsync(await hokkaido.PutAsJsonAsync($"/api/v1/municipalities/{member.Code}/statistics/2015",
                    new { population = population / count, areaKm2 = km2 / count, isProjection = false }));
            }
            foreach (var (field, areas) in Fields.Where(f => f.Areas.Contains(i)))
            {
                await OkAsync(await hokkaido.PostAsJsonAsync($"{path}/fields", new { field, version = await hokkaido.VersionAtAsync(path) }));
            }
            await OkAsync(await hokkaido.PutAsJsonAsync($"{path}/secretariats", new { fiscalYear = start, municipalityId = members[^1].Id, version = await hokkaido.VersionAtAsync(path) }));
        }

        var report = await hokkaido.GetFromJsonAsync<JsonElement>($"/api/v1/grant-programs/{program}/report");
        Assert.Equal((11, 45), (report.GetProperty("areaCount").GetInt32(), report.GetProperty("municipalityCount").GetInt32()));
        Assert.Equal([(2015, 5, 18), (2016, 2, 9), (2017, 4, 18)], report.GetProperty("byStartYear").EnumerateArray()
            .Select(r => (r.GetProperty("fiscalYear").GetInt32(), r.GetProperty("areas").GetArrayLength(), r.GetProperty("municipalities").GetInt32())));
        var size = report.GetProperty("size");
        Assert.Equal(34_000m, size.GetProperty("averagePopulation").GetDecimal());
        Assert.Equal(1_928m, size.GetProperty("averageAreaKm2").GetDecimal());
        Assert.Equal(4.1m, Math.Round(size.GetProperty("averageMembers").GetDecimal(), 1));
        Assert.Equal((10, 9, 11), (size.GetProperty("underSmallPopulation").GetInt32(), size.GetProperty("overLargeArea").GetInt32(), size.GetProperty("withinTypicalSize").GetInt32()));
        Assert.Equal([("IndustryPromotion", 11), ("MigrationAndExchange", 7), ("Medical", 3), ("Welfare", 2), ("Education", 2), ("StaffExchange", 2)],
            report.GetProperty("fields").EnumerateArray().Select(f => (f.GetProperty("field").GetString()!, f.GetProperty("areas").GetInt32())));
        Assert.Equal([("Unusable", 6), ("IncludesOverlap", 3), ("WithinArea", 2)],
            report.GetProperty("relations").EnumerateArray().Select(r => (r.GetProperty("relation").GetString()!, r.GetProperty("areas").GetArrayLength())));
        Assert.DoesNotContain(report.GetProperty("gaps").EnumerateArray(), g => !g.GetString()!.StartsWith("交付金の申請", StringComparison.Ordinal));

        // The Word document is A4 and prints the review's averages as the review does.
        var docx = await hokkaido.GetAsync($"/api/v1/grant-programs/{program}/report.docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            var page = body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
            Assert.Equal((11906u, 16838u), (page.Width!.Value, page.Height!.Value));
            var texts = body.Descendants<Text>().Select(t => t.Text).ToList();
            Assert.Contains("3.4万人", texts);
            Assert.Contains("1,928 ㎢", texts);
            Assert.Contains("4.1", texts);
            Assert.Contains("19.3万人", texts);
            Assert.Contains(texts, t => t.Contains("人口を集計できた11地域のうち人口4万人未満が10地域、", StringComparison.Ordinal));
        }
        var xlsx = await hokkaido.GetAsync($"/api/v1/grant-programs/{program}/report.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Contains("3.4万人", workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text));
        }

        // In English (the pages' culture cookie) the same figures, every word of the portal's own in English.
        hokkaido.InEnglish();
        var english = await hokkaido.GetAsync($"/api/v1/grant-programs/{program}/report.docx");
        Assert.Equal("Effect verification.docx", english.Content.Headers.ContentDisposition?.FileNameStar);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await english.Content.ReadAsByteArrayAsync()), false))
        {
            var texts = document.MainDocumentPart!.Document.Body!.Descendants<Text>().Select(t => t.Text).ToList();
            Assert.Equal("Effect verification of 効果の検証テスト", texts[0]);
            Assert.Contains("34,000", texts);
            Assert.Contains(texts, t => t.Contains("Of the 11 areas whose population could be totalled, 10 have fewer than 40,000 people;", StringComparison.Ordinal));
            Assert.Contains("1,928 km²", texts);
            Assert.Contains("FY2015 (Heisei 27) onwards", texts);
            Assert.Contains("(For reference) 道内定住自立圏", texts);
            Assert.DoesNotContain(texts.Select(WithoutEnteredNames), t => t.Any(IsJapanese));
        }
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(await hokkaido.GetByteArrayAsync($"/api/v1/grant-programs/{program}/report.xlsx")), false))
        {
            var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text).ToList();
            Assert.Contains("Grants by fiscal year (yen)", cells);
            Assert.DoesNotContain(cells.Select(WithoutEnteredNames), t => t.Any(IsJapanese));
        }
    }

    private static bool IsJapanese(char c) => c >= '\u3000';

    /// <summary>The text less what was entered: the program's, areas' and benchmark's names.</summary>
    private static string WithoutEnteredNames(string text) =>
        Areas.Select(a => a.Name).Append("効果の検証テスト").Append("道内定住自立圏").Aggregate(text, (t, name) => t.Replace(name, "", StringComparison.Ordinal));

    [Fact]
    public async Task Decided_grants_are_exported_as_360giving_data_that_the_standards_schema_accepts()
    {
        var hokkaido = await factory.ApiClientAsync(DemoAccounts.HokkaidoSecretariat);
        var program = await CreatedAsync(await hokkaido.PostAsJsonAsync("/api/v1/grant-programs", new
        {
            name = "オープンデータのテスト", firstFiscalYear = 2015, lastFiscalYear = 2019, lastAdoptionFiscalYear = 2017, capPerMember = 5_000_000,
            maxSupportYears = 3, typicalMinMembers = 3, typicalMaxMembers = 5, allocation = "EqualPerMember",
        }));
        var area = await CreatedAsync(await hokkaido.PostAsJsonAsync($"/api/v1/grant-programs/{program}/areas", new { name = "遠軽地区", startFiscalYear = 2015 }));
        var path = $"/api/v1/grant-programs/areas/{area}";
        var towns = (await hokkaido.GetFromJsonAsync<JsonElement>("/api/v1/municipalities")).EnumerateArray()
            .Where(m => m.GetProperty("name").GetString() is "遠軽町" or "佐呂間町" or "湧別町").Select(m => m.GetProperty("id").GetInt32()).ToList();
        foreach (var town in towns)
        {
            await OkAsync(await hokkaido.PostAsJsonAsync($"{path}/members", new { municipalityId = town, version = await hokkaido.VersionAtAsync(path) }));
        }
        var grant = await CreatedAsync(await hokkaido.PostAsJsonAsync($"{path}/grants", new
        {
            fiscalYear = 2015, appliedOn = "2015-06-01", shares = towns.Select(t => new { municipalityId = t, amount = 5_000_000 }),
            projects = new[] { new { field = "IndustryPromotion", name = "特産品の共同開発", plannedAmount = 15_000_000 } },
        }));
        var grantPath = $"/api/v1/grant-programs/grants/{grant}";
        await OkAsync(await hokkaido.PostAsJsonAsync($"{grantPath}/award", new
        {
            awardedOn = "2015-07-01", reportDueOn = "2016-04-10", shares = towns.Select(t => new { municipalityId = t, amount = 4_500_000 }),
            version = await hokkaido.VersionAtAsync(grantPath),
        }));
        await OkAsync(await hokkaido.PostAsJsonAsync($"{grantPath}/disbursements", new { municipalityId = towns[0], paidOn = "2015-08-01", amount = 4_500_000, version = await hokkaido.VersionAtAsync(grantPath) }));

        var json = await hokkaido.GetStringAsync($"/api/v1/grant-programs/{program}/grants.360giving.json");
        var schema = JsonSchema.FromText(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Grants", "360giving-package-schema.json")));
        var result = schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var grants = JsonNode.Parse(json)!["grants"]!.AsArray();
        Assert.Equal(3, grants.Count);
        Assert.All(grants, g => Assert.Equal(4_500_000, g!["amountAwarded"]!.GetValue<long>()));
        Assert.Equal(4_500_000, grants.Sum(g => g!["amountDisbursed"]!.GetValue<long>()));
        Assert.Equal("2015-07-01", grants[0]!["awardDate"]!.GetValue<string>());
        Assert.Equal("北海道", grants[0]!["fundingOrganization"]![0]!["name"]!.GetValue<string>());

        // A schema that cannot fail proves nothing: without amountAwarded the same data is refused.
        var broken = JsonNode.Parse(json)!;
        broken["grants"]![0]!.AsObject().Remove("amountAwarded");
        Assert.False(schema.Evaluate(JsonDocument.Parse(broken.ToJsonString()).RootElement).IsValid);

        var csv = await hokkaido.GetStringAsync($"/api/v1/grant-programs/{program}/grants.360giving.csv");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Identifier,Title,Description,Currency,Amount Applied For,Amount Awarded", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
    }

    private static async Task<int> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static async Task OkAsync(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
}
