using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Testing;
using Renkei.Web.Tests.Localization;

namespace Renkei.Web.Tests.Council;

public class CouncilApiTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    [Fact]
    public async Task The_secretariat_generates_a_year_dates_a_meeting_and_a_calendar_reads_the_feed()
    {
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var bodies = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/bodies?on=2018-04-01");
        Assert.Equal(4, bodies.GetArrayLength());
        Assert.Equal(61, bodies.EnumerateArray().Single(b => b.GetProperty("kind").GetString() == "Council").GetProperty("members").GetArrayLength());

        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ApiClientAsync(DemoAccounts.YamagataCity)).PostAsync("/api/v1/cycles/2032", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await secretariat.PostAsync("/api/v1/cycles/2032", null)).StatusCode);
        var again = await secretariat.PostAsync("/api/v1/cycles/2032", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var meetings = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/meetings?fiscalYear=2032");
        var first = meetings.EnumerateArray().Single(m => m.GetProperty("title").GetString()!.StartsWith("第1回連携推進会議"));
        var id = first.GetProperty("id").GetInt32();
        var put = await secretariat.PutAsJsonAsync($"/api/v1/meetings/{id}", new
        {
            title = first.GetProperty("title").GetString(), startsAt = "2032-07-16T13:30:00+09:00", place = "山形県庁 講堂", isWritten = false,
            version = first.GetProperty("version").GetUInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var stale = await secretariat.PutAsJsonAsync($"/api/v1/meetings/{id}", new { title = "古い", isWritten = false, version = first.GetProperty("version").GetUInt32() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var ics = await (await factory.ApiClientAsync(DemoAccounts.KenkoFukushi)).GetAsync("/api/v1/cycles/2032.ics");
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
        var calendar = Ical.Net.Calendar.Load(await ics.Content.ReadAsStringAsync())!;
        var council = calendar.Events.Single(e => e.Summary!.StartsWith("第1回連携推進会議"));
        Assert.Equal(("山形県庁 講堂", new DateTime(2032, 7, 16, 13, 30, 0)), (council.Location, council.DtStart!.Value));
        Assert.Equal(10, calendar.Events.Count);
    }

    [Fact]
    public async Task An_agenda_is_built_fixed_held_and_its_minutes_confirmed_over_the_api()
    {
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        (await secretariat.PostAsync("/api/v1/cycles/2033", null)).EnsureSuccessStatusCode();
        var forum = (await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/meetings?fiscalYear=2033")).EnumerateArray()
            .Single(m => m.GetProperty("bodyKind").GetString() == "AdministrativeRoundtable");
        var id = forum.GetProperty("id").GetInt32();
        var suggestions = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{id}/agenda/suggestions");
        var report = suggestions.EnumerateArray().First(s => s.GetProperty("kind").GetString() == "Report");

        var bad = await secretariat.PostAsJsonAsync($"/api/v1/meetings/{id}/agenda", new { kind = "Report", title = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var added = await secretariat.PostAsJsonAsync($"/api/v1/meetings/{id}/agenda", new
        {
            kind = "Report", title = report.GetProperty("title").GetString(), themeIds = new[] { report.GetProperty("themeId").GetInt32() },
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var itemId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NoContent, (await secretariat.PostAsJsonAsync($"/api/v1/meetings/{id}/state", new { to = "AgendaFixed", version = await secretariat.VersionAtAsync($"/api/v1/meetings/{id}") })).StatusCode);
        var notYet = await secretariat.PostAsJsonAsync($"/api/v1/meetings/{id}/minutes/confirm", new { version = await secretariat.VersionAtAsync($"/api/v1/meetings/{id}") });
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        await secretariat.PutAsJsonAsync($"/api/v1/meetings/{id}", new { title = forum.GetProperty("title").GetString(), isWritten = true, answerDeadline = "2033-10-20",
            version = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{id}")).GetProperty("version").GetUInt32() });
        Assert.Equal(HttpStatusCode.NoContent, (await secretariat.PostAsJsonAsync($"/api/v1/meetings/{id}/state", new { to = "Held", version = await secretariat.VersionAtAsync($"/api/v1/meetings/{id}") })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await secretariat.PostAsJsonAsync($"/api/v1/meetings/{id}/agenda/{itemId}/outcome", new { outcome = "Approved", note = "了承", version = await AgendaItemVersionAsync(secretariat, id, itemId) })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await secretariat.PostAsJsonAsync($"/api/v1/meetings/{id}/minutes/confirm", new { version = await secretariat.VersionAtAsync($"/api/v1/meetings/{id}") })).StatusCode);
        Assert.Equal("MinutesConfirmed", (await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{id}")).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ApiClientAsync(DemoAccounts.KenkoFukushi)).PostAsJsonAsync($"/api/v1/meetings/{id}/minutes/confirm", new { version = 0 })).StatusCode);

        var minutes = await (await factory.ApiClientAsync(DemoAccounts.KenkoFukushi)).GetAsync($"/api/v1/meetings/{id}/minutes.docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", minutes.Content.Headers.ContentType?.MediaType);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await minutes.Content.ReadAsByteArrayAsync()), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("議事録", text);
        Assert.Contains("書面開催（回答期限　令和15年10月20日 (2033)）", text);
        Assert.Contains("結果：承認　了承", text);

        // In English (the pages' culture cookie) the portal's own words are English; the titles and the note stay as entered.
        var english = await factory.ApiClientAsync(DemoAccounts.KenkoFukushi);
        english.InEnglish();
        var entered = new[] { forum.GetProperty("title").GetString()!, report.GetProperty("title").GetString()!, "了承", "企画振興部市町村課" };
        foreach (var kind in new[] { "agenda", "minutes" })
        {
            using var englishDocument = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
                new MemoryStream(await english.GetByteArrayAsync($"/api/v1/meetings/{id}/{kind}.docx")), false);
            var paragraphs = englishDocument.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText)
                .Concat(englishDocument.MainDocumentPart.FooterParts.SelectMany(f => f.Footer!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()).Select(p => p.InnerText)).ToList();
            Assert.Contains("Written meeting (answers due 20 Oct 2033 (Reiwa 15))", paragraphs);
            Assert.Contains($"1. {entered[1]} (Report)", paragraphs);
            // The roster is names and posts as entered, laid out the English way: 山形市 (市町村長), 米沢市 (市町村長), ….
            var roster = paragraphs.Where(p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^(?!\d+\. )[^,()]+ \([^()]+\)(, [^,()]+ \([^()]+\))*$")).ToList();
            Assert.Equal(kind == "minutes", paragraphs.Contains("Members (written meeting)"));
            Assert.DoesNotContain(paragraphs.Except(roster), p => entered.Aggregate(p, (t, name) => t.Replace(name, "", StringComparison.Ordinal)).Any(c => c >= '\u3000' && c != '－'));
        }
    }

    private static async Task<uint> AgendaItemVersionAsync(HttpClient client, int meetingId, int itemId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{meetingId}/agenda"))
        .EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == itemId).GetProperty("version").GetUInt32();
}
