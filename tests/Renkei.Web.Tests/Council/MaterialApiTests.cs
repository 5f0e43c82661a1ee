using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Testing;

namespace Renkei.Web.Tests.Council;

public class MaterialApiTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    private static MultipartFormDataContent Form(string fileName, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    [Fact]
    public async Task A_presenter_uploads_members_download_outsiders_are_refused_and_the_packet_is_one_zip()
    {
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        (await secretariat.PostAsync("/api/v1/cycles/2034", null)).EnsureSuccessStatusCode();
        var meeting = (await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/meetings?fiscalYear=2034")).EnumerateArray()
            .First(m => m.GetProperty("bodyKind").GetString() == "SteeringCommittee");
        var id = meeting.GetProperty("id").GetInt32();
        var presenter = await factory.ApiClientAsync(DemoAccounts.KenkoFukushi);
        var department = (await presenter.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("organisationId").GetInt32();
        var added = await secretariat.PostAsJsonAsync($"/api/v1/meetings/{id}/agenda", new { kind = "Report", title = "地域医療の連携", presenterOrganisationId = department });
        var itemId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var badDeadline = await secretariat.PutAsJsonAsync($"/api/v1/meetings/{id}/materials-deadline", new { deadline = "2034-13-01", version = await secretariat.VersionAtAsync($"/api/v1/meetings/{id}") });
        Assert.Equal(HttpStatusCode.BadRequest, badDeadline.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await secretariat.PutAsJsonAsync($"/api/v1/meetings/{id}/materials-deadline", new { deadline = "2099-06-01", version = await secretariat.VersionAtAsync($"/api/v1/meetings/{id}") })).StatusCode);

        var missing = await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{id}/materials");
        Assert.Equal("地域医療の連携", missing.GetProperty("missing")[0].GetProperty("title").GetString());

        var exe = await presenter.PostAsync($"/api/v1/meetings/{id}/agenda/{itemId}/materials", Form("資料.pdf", SampleFiles.Executable()));
        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);
        var problem = await exe.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("一致しません", problem.GetProperty("errors").GetProperty("File")[0].GetString());
        var noFile = await presenter.PostAsync($"/api/v1/meetings/{id}/agenda/{itemId}/materials", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);

        var uploaded = await presenter.PostAsync($"/api/v1/meetings/{id}/agenda/{itemId}/materials", Form("地域医療の連携.pdf", SampleFiles.Pdf()));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var materialId = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(0, (await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{id}/materials")).GetProperty("missing").GetArrayLength());

        var member = await factory.ApiClientAsync(DemoAccounts.YamagataCity);
        var download = await member.GetAsync($"/api/v1/meetings/{id}/materials/{materialId}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("地域医療の連携.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(SampleFiles.Pdf(), await download.Content.ReadAsByteArrayAsync());
        // The download is in the audit trail, by 山形市 with the file's name.
        var downloads = await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=Downloaded&entityType=MeetingMaterial");
        Assert.Contains(downloads.GetProperty("rows").EnumerateArray(), r => r.GetProperty("entityId").GetString() == materialId.ToString()
            && r.GetProperty("organisationName").GetString() == "山形市"
            && r.GetProperty("changes")[0].GetProperty("new").GetString() == "地域医療の連携.pdf");
        var outsider = await (await factory.ApiClientAsync(DemoAccounts.TsuruokaCity)).GetAsync($"/api/v1/meetings/{id}/materials/{materialId}");
        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.Equal("application/problem+json", outsider.Content.Headers.ContentType?.MediaType);

        var packet = await secretariat.GetAsync($"/api/v1/meetings/{id}/packet.zip");
        Assert.Equal("application/zip", packet.Content.Headers.ContentType?.MediaType);
        using (var zip = new ZipArchive(await packet.Content.ReadAsStreamAsync()))
        {
            Assert.Equal(["00_次第.docx", "01_議題1_地域医療の連携.pdf"], zip.Entries.Select(e => e.FullName));
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await member.DeleteAsync($"/api/v1/meetings/{id}/materials/{materialId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await presenter.DeleteAsync($"/api/v1/meetings/{id}/materials/{materialId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/api/v1/meetings/{id}/materials/{materialId}")).StatusCode);
    }

    [Fact]
    public async Task The_level_is_a_form_field_on_upload_and_changes_with_the_version_it_was_shown()
    {
        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        (await secretariat.PostAsync("/api/v1/cycles/2035", null)).EnsureSuccessStatusCode();
        var id = (await secretariat.GetFromJsonAsync<JsonElement>("/api/v1/meetings?fiscalYear=2035")).EnumerateArray()
            .First(m => m.GetProperty("bodyKind").GetString() == "SteeringCommittee").GetProperty("id").GetInt32();
        var added = await secretariat.PostAsJsonAsync($"/api/v1/meetings/{id}/agenda", new { kind = "Report", title = "公開の確認", presenterOrganisationId = (int?)null });
        var itemId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        foreach (var bad in new[] { "Secret", "1", "public", "Public,Internal" })
        {
            var form = Form("資料.pdf", SampleFiles.Pdf());
            form.Add(new StringContent(bad), "visibility");
            var refused = await secretariat.PostAsync($"/api/v1/meetings/{id}/agenda/{itemId}/materials", form);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Visibility", out _), bad);
        }
        var withLevel = Form("公表資料.pdf", SampleFiles.Pdf());
        withLevel.Add(new StringContent("Public"), "visibility");
        var materialId = (await (await secretariat.PostAsync($"/api/v1/meetings/{id}/agenda/{itemId}/materials", withLevel)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var outsider = await factory.ApiClientAsync(DemoAccounts.TsuruokaCity);
        var seen = await outsider.GetFromJsonAsync<JsonElement>($"/api/v1/meetings/{id}/materials");
        Assert.True(seen.GetProperty("publicOnly").GetBoolean());
        var shown = seen.GetProperty("materials")[0];
        Assert.Equal("Public", shown.GetProperty("visibility").GetString());

        var version = shown.GetProperty("version").GetUInt32();
        var changed = await secretariat.PutAsJsonAsync($"/api/v1/meetings/{id}/materials/{materialId}/visibility", new { visibility = "Internal", version });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(version, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetUInt32());
        var stale = await secretariat.PutAsJsonAsync($"/api/v1/meetings/{id}/materials/{materialId}/visibility", new { visibility = "Public", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/v1/meetings/{id}/materials/{materialId}")).StatusCode);
    }
}
