using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Renkei.Testing;

namespace Renkei.EndToEnd.Tests;

public class MaterialsJourneyTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    /// <summary>Next fiscal year's 第1回幹事会, dated, with an item presented by 健康福祉部 and a materials deadline far ahead.</summary>
    private async Task<int> SceneAsync()
    {
        var api = await portal.ApiClientAsync(DemoAccounts.Secretariat);
        var year = MeetingYear();
        (await api.PostAsync($"/api/v1/cycles/{year}", null)).EnsureSuccessStatusCode();
        var meeting = (await api.GetFromJsonAsync<JsonElement>($"/api/v1/meetings?fiscalYear={year}")).EnumerateArray()
            .Single(m => m.GetProperty("bodyKind").GetString() == "SteeringCommittee" && m.GetProperty("number").GetInt32() == 1);
        var id = meeting.GetProperty("id").GetInt32();
        (await api.PutAsJsonAsync($"/api/v1/meetings/{id}", new
        {
            title = meeting.GetProperty("title").GetString(), startsAt = $"{year}-06-10T10:00:00+09:00", place = "山形県庁 502会議室", isWritten = false,
            version = meeting.GetProperty("version").GetUInt32(),
        })).EnsureSuccessStatusCode();
        var department = (await (await portal.ApiClientAsync(DemoAccounts.KenkoFukushi)).GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("organisationId").GetInt32();
        (await api.PostAsJsonAsync($"/api/v1/meetings/{id}/agenda", new { kind = "Report", title = "地域医療の連携について", presenterOrganisationId = department })).EnsureSuccessStatusCode();
        (await api.PutAsJsonAsync($"/api/v1/meetings/{id}/materials-deadline", new { deadline = $"{year}-06-03", version = await api.VersionAtAsync($"/api/v1/meetings/{id}") })).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>Next fiscal year: its June meeting and deadline are always ahead of today, and a meeting lies within its year.</summary>
    private static int MeetingYear() => Renkei.Core.Calendar.FiscalYear.Of(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9))).StartYear + 1;

    [Fact]
    public async Task A_department_uploads_its_material_and_the_secretariat_takes_the_packet_records_attendance_and_prints()
    {
        var meetingId = await SceneAsync();
        var folder = Directory.CreateTempSubdirectory("renkei-e2e-").FullName;
        var pdf = Path.Combine(folder, "地域医療の連携.pdf");
        await File.WriteAllBytesAsync(pdf, SampleFiles.Pdf("chiiki iryo"));
        var exe = Path.Combine(folder, "資料.pdf.exe");
        await File.WriteAllBytesAsync(exe, SampleFiles.Executable());

        var department = await portal.NewPageAsync();
        await department.SignInAsync(DemoAccounts.KenkoFukushi, DemoAccounts.Password);
        await department.GotoAsync($"/council/meetings/{meetingId}");
        await department.WaitUntilInteractiveAsync();
        var materials = department.GetByTestId("materials");
        await Assertions.Expect(materials.GetByTestId("materials-missing")).ToContainTextAsync("地域医療の連携について");
        await materials.Locator("input[type=file]").First.SetInputFilesAsync(exe);
        await Assertions.Expect(materials.GetByRole(AriaRole.Alert)).ToContainTextAsync("PDF、Word、Excel、PowerPoint");
        await materials.Locator("input[type=file]").First.SetInputFilesAsync(pdf);
        await Assertions.Expect(materials.GetByRole(AriaRole.Link, new() { Name = "地域医療の連携.pdf" })).ToBeVisibleAsync();
        await Assertions.Expect(materials.GetByTestId("materials-missing")).ToHaveCountAsync(0);
        await department.ScreenshotAsync("27-materials-uploaded");
        await department.AssertAccessibleAsync();

        // The day of the meeting: the secretariat signs in, takes the packet, fixes the agenda, records who came and marks it held.
        portal.Clock.SetUtcNow(new DateTimeOffset(MeetingYear(), 6, 10, 9, 0, 0, TimeSpan.FromHours(9)));
        var page = await portal.NewPageAsync();
        await page.SignInAsync(DemoAccounts.Secretariat, DemoAccounts.Password);
        await page.GotoAsync($"/council/meetings/{meetingId}");
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("materials-missing")).ToContainTextAsync("すべて提出されています");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "資料一式をダウンロード（ZIP）" }).ClickAsync());
        var zipPath = Path.Combine(folder, "packet.zip");
        await download.SaveAsAsync(zipPath);
        using (var zip = ZipFile.OpenRead(zipPath))
        {
            Assert.Equal(["00_次第.docx", "01_議題1_地域医療の連携.pdf"], zip.Entries.Select(e => e.FullName));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "次第を確定する" }).ClickAsync();
        var attendance = page.GetByTestId("attendance");
        await Assertions.Expect(attendance.GetByTestId("attendance-summary")).ToContainTextAsync("構成員 16名");
        await attendance.GetByRole(AriaRole.Button, new() { Name = "全員出席にする" }).ClickAsync();
        // As a user would: wait until the boxes show ticked, then untick one (unticking a box not yet ticked does nothing).
        var yamagata = attendance.GetByLabel("山形市（企画担当課長等）が出席");
        await Assertions.Expect(yamagata).ToBeCheckedAsync();
        await yamagata.UncheckAsync();
        await Assertions.Expect(yamagata).Not.ToBeCheckedAsync();
        await attendance.GetByRole(AriaRole.Button, new() { Name = "出欠を保存" }).ClickAsync();
        await Assertions.Expect(attendance.GetByTestId("attendance-summary")).ToHaveTextAsync("出席 15名・欠席 1名");
        await page.ScreenshotAsync("28-attendance");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "開催済にする" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("meeting-state")).ToHaveTextAsync("開催済");
        await page.GetByRole(AriaRole.Link, new() { Name = "印刷用ページ" }).ClickAsync();
        await page.WaitForURLAsync($"**/council/meetings/{meetingId}/print");
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("print-agenda")).ToContainTextAsync("地域医療の連携について（報告）");
        await Assertions.Expect(page.Locator(".print-sheet")).ToContainTextAsync("欠席者（1名）");
        await page.ScreenshotAsync("29-meeting-print");
        await page.AssertAccessibleAsync();
    }
}
