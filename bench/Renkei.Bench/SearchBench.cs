using Microsoft.Extensions.DependencyInjection;
using Renkei.Core.Accounts;
using Renkei.Core.Search;
using Renkei.Core.Themes;

namespace Renkei.Bench;

/// <summary>
/// The app bar's search at national scale (10 fiscal years, 47 prefectures; run after <see cref="CaseSearchBench"/> so
/// 北海道 also holds its 12,000 cases): every kind searched at once, as the secretariat and as one municipality,
/// beside the triage's word search of the same prefecture.
/// </summary>
internal static class SearchBench
{
    public static async Task RunAsync(BenchPortal portal, Actor secretariat, Actor municipality, int iterations)
    {
        var search = portal.Services.GetRequiredService<SearchService>();
        var triage = portal.Services.GetRequiredService<TriageService>();
        var overview = await search.SearchAsync(secretariat, new SearchQuery("空き家"));
        Console.WriteLine();
        Console.WriteLine("Search over everything for 「空き家」 as 北海道's secretariat: "
            + string.Join(", ", overview.Groups.Select(g => $"{g.Kind} {g.Total:N0}")) + $"; {iterations} calls each after warm-up:");
        var year = overview.Groups.SelectMany(g => g.Hits).Max(h => h.FiscalYear) ?? 2020;
        var results = await Measure.InterleavedAsync(iterations,
            ("search 「空き家」 (secretariat, all kinds)", async () => await search.SearchAsync(secretariat, new SearchQuery("空き家"))),
            ("search 「観光」 (two characters)", async () => await search.SearchAsync(secretariat, new SearchQuery("観光"))),
            ($"search 「空き家」 in FY{year}", async () => await search.SearchAsync(secretariat, new SearchQuery("空き家", year))),
            ("search 「空き家」 needs only (100 hits)", async () => await search.SearchAsync(secretariat, new SearchQuery("空き家", Kind: SearchKind.Need))),
            ("search 「空き家」 (one municipality)", async () => await search.SearchAsync(municipality, new SearchQuery("空き家"))),
            ("triage search 「空き家」 (same run)", async () => await triage.ListAsync(secretariat, new TriageFilter(Query: "空き家"))));
        foreach (var r in results)
        {
            Console.WriteLine($"{r.Name,-44} {r.Median,7:0.00}ms {r.Mean,7:0.00}ms {r.P95,7:0.00}ms");
        }
    }
}
