using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Renkei.Testing;

namespace Renkei.Web.Tests.Auditing;

public class AuditApiTests(RenkeiWebFactory factory) : IClassFixture<RenkeiWebFactory>
{
    [Fact]
    public async Task Sign_ins_and_refused_ones_are_in_the_trail_and_its_csv_reads_in_words()
    {
        var anonymous = factory.CreateClient();
        var refused = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = DemoAccounts.TsuruokaCity, password = "wrong-password-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var city = await factory.ApiClientAsync(DemoAccounts.TsuruokaCity);
        var me = (await city.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("userId").GetString();

        var secretariat = await factory.ApiClientAsync(DemoAccounts.Secretariat);
        var rows = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/v1/audit?userId={me}&entityType=RenkeiUser")).GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("action").GetString(), r.GetProperty("organisationName").GetString())).ToList();
        Assert.Equal([("SignedIn", "鶴岡市"), ("SignInFailed", "鶴岡市")], rows.Take(2));

        var csv = await secretariat.GetAsync($"/api/v1/audit/export.csv?userId={me}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("日時,利用者,所属,操作,種類,番号,変更内容", lines[0]);
        Assert.Contains(lines, l => l.Contains(",鶴岡市,サインイン失敗,利用者,") && l.Contains("接続元："));

        Assert.Equal(HttpStatusCode.Forbidden, (await city.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await city.GetAsync("/api/v1/audit/export.csv")).StatusCode);
    }

    [Fact]
    public async Task No_operation_of_the_api_changes_or_deletes_an_audit_entry()
    {
        var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var audit = document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/v1/audit", StringComparison.Ordinal) || p.Name.StartsWith("/api/v1/history", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, audit.Count);
        Assert.All(audit, p => Assert.Equal(["get"], p.Value.EnumerateObject().Select(o => o.Name)));
    }
}
