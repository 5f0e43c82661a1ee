using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Renkei.Core.Accounts;
using Renkei.Core.Data;
using Renkei.Core.Grants;
using Renkei.Core.Indicators;
using Renkei.Core.Organisations;

namespace Renkei.Bench;

/// <summary>
/// The effect report, its Word document and the 360Giving export at a scale far above Hokkaido's (11 areas): one program
/// with 400 areas of 4 members, each granted for 3 fiscal years and reported (1,200 grants, 4,800 shares, 9,600 payments),
/// beside the indicator list with 200 indicators of 5 approved values each.
/// </summary>
internal static class GrantReportBench
{
    public static async Task RunAsync(BenchPortal portal, Actor secretariat, int iterations, int areas = 400)
    {
        var random = new Random(20261201);
        using (var scope = portal.Services.CreateScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<RenkeiDbContext>>().CreateDbContextAsync();
            var municipalities = await db.Municipalities.Where(m => m.PrefectureId == secretariat.PrefectureId).Select(m => m.Id).ToListAsync();
            var withFigures = (await db.MunicipalityStatistics.Where(s => municipalities.Contains(s.MunicipalityId) && s.Year == 2015).Select(s => s.MunicipalityId).ToListAsync()).ToHashSet();
            db.MunicipalityStatistics.AddRange(municipalities.Where(m => !withFigures.Contains(m)).Select(m => new MunicipalityStatistic
            {
                MunicipalityId = m, Year = 2015, Population = 2_000 + random.Next(60_000), AreaKm2 = 50 + random.Next(1_500),
            }));
            var program = new GrantProgram
            {
                PrefectureId = secretariat.PrefectureId, Name = "ベンチの連携地域事業", FirstFiscalYear = 2015, LastFiscalYear = 2019, LastAdoptionFiscalYear = 2017,
                CapPerMember = 5_000_000, MaxSupportYears = 3, TypicalMinMembers = 3, TypicalMaxMembers = 5, Allocation = AllocationRule.EqualPerMember, StatisticsYear = 2015,
                Benchmarks = [new EffectBenchmark { Label = "比較", Population = 100_000, AreaKm2 = 1_000, Members = 5 }],
            };
            var fields = Enum.GetValues<VisionField>();
            for (var a = 0; a < areas; a++)
            {
                var members = Enumerable.Range(0, 4).Select(i => municipalities[(a * 4 + i) % municipalities.Count]).Distinct().ToList();
                var start = 2015 + a % 3;
                var area = new CollaborationArea
                {
                    Name = $"ベンチ連携地域{a + 1}", StartFiscalYear = start, SettlementRelation = (SettlementRelation)(1 + a % 3),
                    Members = members.Select(m => new AreaMember { MunicipalityId = m }).ToList(),
                    Fields = fields.Take(1 + a % fields.Length).Select(f => new AreaVisionField { Field = f, Projects = "広域観光" }).ToList(),
                    Secretariats = Enumerable.Range(start, 3).Select(y => new AreaSecretariat { FiscalYear = y, MunicipalityId = members[(y - start) % members.Count] }).ToList(),
                };
                program.Areas.Add(area);
            }
            db.GrantPrograms.Add(program);
            await db.SaveChangesAsync();
            foreach (var area in program.Areas)
            {
                for (var year = area.StartFiscalYear; year < area.StartFiscalYear + 3; year++)
                {
                    db.Grants.Add(new Grant
                    {
                        AreaId = area.Id, FiscalYear = year, State = GrantState.Reported, AppliedOn = new DateOnly(year, 5, 1), AwardedOn = new DateOnly(year, 6, 1),
                        ReportDueOn = new DateOnly(year + 1, 4, 10), ReportReceivedOn = new DateOnly(year + 1, 4, 5),
                        Shares = area.Members.Select(m => new GrantShare
                        {
                            MunicipalityId = m.MunicipalityId, AmountAppliedFor = 5_000_000, AmountAwarded = 4_500_000, AmountUsed = 4_000_000,
                            Disbursements = [new Disbursement { PaidOn = new DateOnly(year, 7, 1), Amount = 2_250_000 }, new Disbursement { PaidOn = new DateOnly(year, 10, 1), Amount = 2_250_000 }],
                        }).ToList(),
                        Projects = [new GrantProject { Field = VisionField.IndustryPromotion, Name = "広域観光", PlannedAmount = 10_000_000, AmountUsed = 9_000_000 },
                            new GrantProject { Field = VisionField.MigrationAndExchange, Name = "移住体験", PlannedAmount = 8_000_000, AmountUsed = 7_000_000 }],
                    });
                }
            }
            for (var i = 0; i < 200; i++)
            {
                db.Indicators.Add(new Indicator
                {
                    PrefectureId = secretariat.PrefectureId, Name = $"ベンチ指標{i + 1}", Unit = "件", Kind = IndicatorKind.Quantity, Direction = IndicatorDirection.HigherIsBetter,
                    YearKind = YearKind.FiscalYear, BaselineValue = 100, BaselineYear = 2015, FinalTargetValue = 200, FinalTargetYear = 2020,
                    Targets = Enumerable.Range(2016, 5).Select(y => new IndicatorTarget { Year = y, Value = 100 + (y - 2015) * 20 }).ToList(),
                    Values = Enumerable.Range(2016, 5).Select(y => new IndicatorValue
                    {
                        Year = y, Value = 100 + (y - 2015) * random.Next(10, 30), Source = "ベンチ", State = ValueState.Approved, SubmittedByOrganisationId = secretariat.OrganisationId,
                    }).ToList(),
                });
            }
            await db.SaveChangesAsync();
            var programId = program.Id;
            var reports = portal.Services.GetRequiredService<EffectReportService>();
            var giving = portal.Services.GetRequiredService<GivingExportService>();
            var indicators = portal.Services.GetRequiredService<IndicatorService>();
            var report = await reports.BuildAsync(secretariat, programId);
            Console.WriteLine($"Effect report: {report.AreaCount} areas, {report.MunicipalityCount:N0} member places, {report.MoneyByYear.Sum(m => m.Grants):N0} grants; {iterations} calls each after warm-up:");
            var results = await Measure.InterleavedAsync(iterations,
                ("effect report (page data)", async () => await reports.BuildAsync(secretariat, programId)),
                ("effect report as .docx", async () => EffectReportDocuments.Docx(await reports.BuildAsync(secretariat, programId), new DateOnly(2026, 12, 1))),
                ("360Giving JSON (4,800 grants)", async () => await giving.JsonAsync(secretariat, programId)),
                ("indicator list (200 × 5 approved values)", async () => await indicators.ListAsync(secretariat)));
            foreach (var r in results)
            {
                Console.WriteLine($"{r.Name,-44} {r.Median,7:0.00}ms {r.Mean,7:0.00}ms {r.P95,7:0.00}ms");
            }
        }
    }
}
