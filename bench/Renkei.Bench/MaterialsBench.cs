using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Renkei.Testing;

namespace Renkei.Bench;

/// <summary>A meeting's materials at a realistic size: ten 5 MB PDFs uploaded over the API, then the whole packet downloaded.</summary>
internal static class MaterialsBench
{
    public static async Task RunAsync(BenchPortal portal, int files = 10, int megabytes = 5)
    {
        var api = await portal.ApiClientAsync(DemoAccounts.Secretariat);
        (await api.PostAsync("/api/v1/cycles/2030", null)).EnsureSuccessStatusCode();
        var meeting = (await api.GetFromJsonAsync<JsonElement>("/api/v1/meetings?fiscalYear=2030")).EnumerateArray()
            .First(m => m.GetProperty("bodyKind").GetString() == "Council");
        var id = meeting.GetProperty("id").GetInt32();
        byte[] pdf = [.. SampleFiles.Pdf(), .. new byte[megabytes * 1024 * 1024]];
        var uploads = new List<double>();
        for (var n = 1; n <= files; n++)
        {
            var added = await api.PostAsJsonAsync($"/api/v1/meetings/{id}/agenda", new { kind = "Report", title = $"報告{n}" });
            var itemId = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
            var file = new ByteArrayContent(pdf);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            var started = Stopwatch.GetTimestamp();
            (await api.PostAsync($"/api/v1/meetings/{id}/agenda/{itemId}/materials", new MultipartFormDataContent { { file, "file", $"資料{n}.pdf" } })).EnsureSuccessStatusCode();
            uploads.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        var packets = new List<double>();
        long size = 0;
        for (var i = 0; i < 3; i++)
        {
            var started = Stopwatch.GetTimestamp();
            size = (await api.GetByteArrayAsync($"/api/v1/meetings/{id}/packet.zip")).LongLength;
            packets.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        uploads.Sort();
        packets.Sort();
        Console.WriteLine();
        Console.WriteLine($"Materials ({files} × {megabytes} MB PDF, database store):");
        Console.WriteLine($"  upload (checked, stored)  median {uploads[files / 2]:0} ms, slowest {uploads[^1]:0} ms");
        Console.WriteLine($"  packet .zip ({size / 1024.0 / 1024.0:0.0} MB)    median {packets[1]:0} ms of 3");
    }
}
