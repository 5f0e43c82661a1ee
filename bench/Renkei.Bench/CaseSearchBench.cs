using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Renkei.Core.Accounts;
using Renkei.Core.Cases;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Themes;

namespace Renkei.Bench;

/// <summary>
/// The case library at bench scale: 12,000 approved cases (with two adoptions each on average) in 北海道, searched
/// the ways the library page searches, beside the triage search over the same prefecture's needs.
/// </summary>
internal static class CaseSearchBench
{
    private static readonly string[] Tails = ["の共同実施", "の広域連携", "に関する協定", "のモデル事業", "の事務の共同化", "の相互支援"];

    public static async Task RunAsync(BenchPortal portal, Actor secretariat, NpgsqlDataSource dataSource, int iterations, int cases = 12_000)
    {
        var random = new Random(20261201);
        List<int> municipalities;
        using (var scope = portal.Services.CreateScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<RenkeiDbContext>>().CreateDbContextAsync();
            municipalities = await db.Municipalities.Where(m => m.PrefectureId == secretariat.PrefectureId).Select(m => m.Id).ToListAsync();
        }
        var fields = CaseFields.All;
        var methods = Enum.GetValues<CollaborationMethod>();
        await using var connection = await dataSource.OpenConnectionAsync();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY cases (prefecture_id, title, summary, description, transfer_notes, fields, methods, organisation_ids, author_organisation_id, state, visibility, created_at, approved_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var n = 0; n < cases; n++)
            {
                var topic = NationalDataGenerator.Topics[random.Next(NationalDataGenerator.Topics.Length)];
                var doers = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => municipalities[random.Next(municipalities.Count)]).Distinct().ToArray();
                var at = new DateTimeOffset(2015, 4, 1, 0, 0, 0, TimeSpan.Zero).AddHours(n);
                await writer.StartRowAsync();
                await writer.WriteAsync(secretariat.PrefectureId, NpgsqlDbType.Integer);
                await writer.WriteAsync($"{topic}{Tails[random.Next(Tails.Length)]}（事例{n + 1}）", NpgsqlDbType.Varchar);
                await writer.WriteAsync($"{topic}について、近隣の市町村と県が役割を分担して取り組んだ。", NpgsqlDbType.Varchar);
                await writer.WriteAsync("担当者会議を毎月開き、手順書と様式を共通化した。費用は参加団体で按分した。", NpgsqlDbType.Varchar);
                await writer.WriteAsync("最初に小さな範囲で試行し、成果を数字で示してから参加団体を広げるとよい。", NpgsqlDbType.Varchar);
                await writer.WriteAsync(new[] { fields[random.Next(fields.Count)], fields[random.Next(fields.Count)] }.Distinct().ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await writer.WriteAsync(new[] { (int)methods[random.Next(methods.Length)] }, NpgsqlDbType.Array | NpgsqlDbType.Integer);
                await writer.WriteAsync(doers, NpgsqlDbType.Array | NpgsqlDbType.Integer);
                await writer.WriteAsync(doers[0], NpgsqlDbType.Integer);
                await writer.WriteAsync((int)CaseState.Approved, NpgsqlDbType.Integer);
                await writer.WriteAsync((int)(random.Next(10) == 0 ? Visibility.Confidential : Visibility.Internal), NpgsqlDbType.Integer);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
            }
            await writer.CompleteAsync();
        }
        var ids = new List<int>();
        await using (var read = new NpgsqlCommand("SELECT id FROM cases WHERE prefecture_id = $1", connection) { Parameters = { new() { Value = secretariat.PrefectureId } } })
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetInt32(0));
            }
        }
        var adoptions = 0;
        await using (var writer = await connection.BeginBinaryImportAsync("COPY adoptions (case_id, organisation_id, \"on\", stage) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var id in ids)
            {
                foreach (var adopter in Enumerable.Range(0, random.Next(5)).Select(_ => municipalities[random.Next(municipalities.Count)]).Distinct())
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(id, NpgsqlDbType.Integer);
                    await writer.WriteAsync(adopter, NpgsqlDbType.Integer);
                    await writer.WriteAsync(new DateOnly(2019, 4, 1), NpgsqlDbType.Date);
                    await writer.WriteAsync(1 + random.Next(3), NpgsqlDbType.Integer);
                    adoptions++;
                }
            }
            await writer.CompleteAsync();
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE cases; ANALYZE adoptions", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }
        Console.WriteLine();
        Console.WriteLine($"Case library: {ids.Count:N0} approved cases and {adoptions:N0} adoptions in 北海道 ({municipalities.Count} municipalities), written in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");

        var library = portal.Services.GetRequiredService<CaseLibrary>();
        var triage = portal.Services.GetRequiredService<TriageService>();
        var found = await library.SearchAsync(secretariat, new CaseQuery("空き家"));
        var all = await library.SearchAsync(secretariat, new CaseQuery());
        var region = all.Regions[0].Value;
        var results = await Measure.InterleavedAsync(iterations,
            ("case search 「空き家」 + facets", async () => await library.SearchAsync(secretariat, new CaseQuery("空き家"))),
            ("case search 「空き家」 in a region, most adopted", async () => await library.SearchAsync(secretariat, new CaseQuery("空き家", Region: region, Sort: CaseSort.MostAdopted))),
            ("case library, no words (all + facets)", async () => await library.SearchAsync(secretariat, new CaseQuery())),
            ("related cases of two fields", async () => await library.RelatedAsync(secretariat, [CaseFields.All[0], CaseFields.All[1]])),
            ("triage search 「空き家」 (all years)", async () => await triage.ListAsync(secretariat, new TriageFilter(Query: "空き家"))));
        Console.WriteLine($"{found.Total:N0} cases match 「空き家」, {all.Total:N0} in all; {iterations} calls each after warm-up:");
        foreach (var r in results)
        {
            Console.WriteLine($"{r.Name,-44} {r.Median,7:0.00}ms {r.Mean,7:0.00}ms {r.P95,7:0.00}ms");
        }
        await using var explain = new NpgsqlCommand("EXPLAIN SELECT id FROM cases WHERE prefecture_id = $1 AND state = 3 AND search_text ILIKE '%空き家%'", connection)
        {
            Parameters = { new() { Value = secretariat.PrefectureId } },
        };
        await using var plan = await explain.ExecuteReaderAsync();
        Console.WriteLine("Plan of the case text match:");
        while (await plan.ReadAsync())
        {
            Console.WriteLine("  " + plan.GetString(0));
        }
    }
}
