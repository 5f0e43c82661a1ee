using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Core.Accounts;
using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Bench;

/// <summary>
/// The audit page at the size of years of work: 300,000 entries in the prefecture (10 years × 30,000: changes of needs,
/// themes, cases, sign-ins) by its users, each page as the secretariat opens it, filtered by user, by kind and month, and
/// a month's CSV rows.
/// </summary>
internal static class AuditTrailBench
{
    public static async Task RunAsync(BenchPortal portal, Actor secretariat, int iterations, int entries = 300_000)
    {
        Guid someone;
        using (var scope = portal.Services.CreateScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<RenkeiDbContext>>().CreateDbContextAsync();
            // The generated prefecture has organisations but few accounts: 200 people spread over its organisations (the trail keeps ids, not links).
            var organisations = await db.Organisations.Where(o => o.PrefectureId == secretariat.PrefectureId).Select(o => o.Id).ToListAsync();
            var users = Enumerable.Range(0, 200).Select(i => new { Id = Guid.NewGuid(), OrganisationId = organisations[i % organisations.Count] }).ToList();
            someone = users[0].Id;
            string[] kinds = ["NeedItem", "CollaborationTheme", "Case", "RenkeiUser", "ContactLogEntry", "SurveyResponse"];
            var start = new DateTimeOffset(2016, 3, 31, 15, 0, 0, TimeSpan.Zero); // 1 April 2016 in Japan; PostgreSQL takes UTC
            var random = new Random(20261202);
            for (var done = 0; done < entries; done += 10_000)
            {
                for (var i = done; i < done + 10_000; i++)
                {
                    var user = users[random.Next(users.Count)];
                    db.AuditEntries.Add(new AuditEntry
                    {
                        At = start.AddMinutes(i * 17.5), UserId = user.Id, PrefectureId = secretariat.PrefectureId, OrganisationId = user.OrganisationId,
                        Action = i % 7 == 0 ? "SignedIn" : "Updated", EntityType = kinds[i % kinds.Length], EntityId = (i % 5_000).ToString(),
                        Changes = """{"Title":{"old":"空き家バンクの広域化","new":"空き家バンクの広域化と移住相談"},"State":{"old":"Proposed","new":"Studying"}}""",
                    });
                }
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        var trail = portal.Services.GetRequiredService<AuditTrailService>();
        var total = (await trail.SearchAsync(secretariat, new AuditFilter())).Total;
        Console.WriteLine($"Audit trail: {total:N0} entries in the prefecture; {iterations} calls each after warm-up:");
        var month = (From: new DateOnly(2020, 10, 1), To: new DateOnly(2020, 10, 31));
        var results = await Measure.InterleavedAsync(iterations,
            ("audit page 1 (no filter)", async () => await trail.SearchAsync(secretariat, new AuditFilter())),
            ("audit page 50 (no filter)", async () => await trail.SearchAsync(secretariat, new AuditFilter(Page: 50))),
            ("one user's entries", async () => await trail.SearchAsync(secretariat, new AuditFilter(UserId: someone))),
            ("themes changed in a month", async () => await trail.SearchAsync(secretariat, new AuditFilter(EntityType: "CollaborationTheme", From: month.From, To: month.To))),
            ("a month's CSV rows (all kinds)", async () => await trail.ExportAsync(secretariat, new AuditFilter(From: month.From, To: month.To))));
        foreach (var r in results)
        {
            Console.WriteLine($"{r.Name,-44} {r.Median,7:0.00}ms {r.Mean,7:0.00}ms {r.P95,7:0.00}ms");
        }
    }
}
