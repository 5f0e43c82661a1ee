using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Grants;

/// <summary>Builds the 効果の検証 of a program from its areas, their members' statistics and the grants.</summary>
public sealed class EffectReportService(UnitOfWork work)
{
    public async Task<EffectReport> BuildAsync(Actor actor, int programId, CancellationToken cancellationToken = default)
    {
        if (!GrantAccess.ReadsAllAreas(actor))
        {
            throw new ForbiddenException("効果の検証は県の職員が閲覧します。");
        }
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var program = await GrantAccess.FindProgramAsync(db.GrantPrograms.AsNoTracking(), actor, programId, cancellationToken);
        var areas = await db.CollaborationAreas.AsNoTracking().Where(a => a.ProgramId == programId)
            .Include(a => a.Members).Include(a => a.Fields).Include(a => a.Secretariats).AsSplitQuery()
            .OrderBy(a => a.StartFiscalYear).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var memberIds = areas.SelectMany(a => a.Members).Select(m => m.MunicipalityId).Distinct().ToList();
        var year = program.StatisticsYear;
        var figures = await db.MunicipalityStatistics.AsNoTracking()
            .Where(s => memberIds.Contains(s.MunicipalityId) && s.Year == year && !s.IsProjection)
            .ToDictionaryAsync(s => s.MunicipalityId, s => (s.Population, s.AreaKm2), cancellationToken);
        var grants = await db.Grants.AsNoTracking().Where(g => g.Area.ProgramId == programId)
            .Include(g => g.Shares).ThenInclude(s => s.Disbursements).Include(g => g.Projects).AsSplitQuery().ToListAsync(cancellationToken);

        var gaps = new List<string>();
        var members = areas.ToDictionary(a => a.Id, a => a.Members.Where(m => m.IsCurrent).Select(m => m.MunicipalityId).ToList());
        var byStart = areas.GroupBy(a => a.StartFiscalYear).Select(g => new EffectReport.StartYearRow(g.Key,
            g.Select(a => new EffectReport.AreaEntry(a.Id, a.Name, members[a.Id].Count, a.DeclaredMemberCount)).ToList(),
            g.Sum(a => members[a.Id].Count))).ToList();
        var incomplete = areas.Where(a => a.DeclaredMemberCount is { } d && members[a.Id].Count < d).ToList();
        if (incomplete.Count > 0)
        {
            var which = string.Join("、", incomplete.Select(a => $"{a.Name}: 登録{members[a.Id].Count}／{a.DeclaredMemberCount}"));
            gaps.Add($"構成市町村が登録されていない連携地域が{incomplete.Count}地域あります（{which}）。市町村数は登録された分を数え、平均規模の計算からは除いています。");
        }

        var names = await db.Municipalities.AsNoTracking().Where(m => memberIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var size = Size(program, areas, members, figures, year, gaps, names);
        var fields = Enum.GetValues<VisionField>()
            .Select(f => new EffectReport.FieldRow(f, areas.Count(a => a.Fields.Any(x => x.Field == f)),
                areas.SelectMany(a => a.Fields.Where(x => x.Field == f && x.Projects is not null).Select(x => x.Projects!)).Distinct().ToList()))
            .Where(r => r.Areas > 0).OrderByDescending(r => r.Areas).ThenBy(r => r.Field).ToList();
        var noFields = areas.Count(a => a.Fields.Count == 0);
        if (noFields > 0)
        {
            gaps.Add($"協定・ビジョンの分野が未入力の連携地域が{noFields}地域あります。");
        }
        var relations = Enum.GetValues<SettlementRelation>().Select(r => (SettlementRelation?)r).Append(null)
            .Select(r => new EffectReport.RelationRow(r, areas.Where(a => a.SettlementRelation == r).Select(a => a.Name).ToList()))
            .Where(r => r.Relation is not null || r.Areas.Count > 0).ToList();

        var money = grants.GroupBy(g => g.FiscalYear).OrderBy(g => g.Key).Select(g => new EffectReport.MoneyYearRow(g.Key, g.Count(),
            g.Sum(x => x.Shares.Sum(s => s.AmountAppliedFor)),
            g.Where(x => x.State != GrantState.Applied).Sum(x => x.Shares.Sum(s => s.AmountAwarded ?? 0)),
            g.Sum(x => x.Shares.Sum(s => s.AmountDisbursed)),
            g.Where(x => x.State == GrantState.Reported).Sum(x => x.Shares.Sum(s => s.AmountUsed ?? 0)),
            g.Where(x => x.State == GrantState.Reported).Sum(x => x.Shares.Sum(s => s.AmountReturned ?? 0)))).ToList();
        var byField = grants.Where(g => g.State != GrantState.Applied).SelectMany(g => g.Projects.Select(p => (g.State, Project: p)))
            .GroupBy(x => x.Project.Field).OrderBy(g => g.Key)
            .Select(g => new EffectReport.MoneyFieldRow(g.Key, g.Count(), g.Sum(x => x.Project.PlannedAmount ?? 0),
                g.Where(x => x.State == GrantState.Reported).Sum(x => x.Project.AmountUsed ?? 0))).ToList();
        if (grants.Count == 0)
        {
            gaps.Add("交付金の申請・交付決定はまだ登録されていません。");
        }

        var secretariats = Secretariats(areas, members, figures);
        return new EffectReport(program.Id, program.Name, year, byStart, size,
            program.Benchmarks.Select(b => new BenchmarkInput(b.Label, b.Population, b.AreaKm2, b.Members)).ToList(),
            fields, relations, money, byField, secretariats, gaps);
    }

    private static EffectReport.SizeSummary Size(GrantProgram program, List<CollaborationArea> areas, Dictionary<int, List<int>> members,
        Dictionary<int, (int Population, decimal? AreaKm2)> figures, int? year, List<string> gaps, Dictionary<int, string> names)
    {
        var withMembers = areas.Where(a => members[a.Id].Count > 0 && (a.DeclaredMemberCount is not { } d || members[a.Id].Count >= d)).ToList();
        var measured = withMembers.Where(a => members[a.Id].All(figures.ContainsKey)).ToList();
        var measuredArea = measured.Where(a => members[a.Id].All(m => figures[m].AreaKm2 is not null)).ToList();
        var population = measured.ToDictionary(a => a.Id, a => members[a.Id].Sum(m => figures[m].Population));
        var km2 = measuredArea.ToDictionary(a => a.Id, a => members[a.Id].Sum(m => figures[m].AreaKm2!.Value));
        var missingPopulation = withMembers.SelectMany(a => members[a.Id]).Distinct().Where(m => !figures.ContainsKey(m)).ToList();
        var missingArea = withMembers.SelectMany(a => members[a.Id]).Distinct().Where(m => figures.TryGetValue(m, out var f) && f.AreaKm2 is null).ToList();
        // Which ones, so they can be entered: the first twenty by name, then how many more.
        string Which(List<int> ids) => string.Join("、", ids.Take(20).Select(id => names.GetValueOrDefault(id, "?"))) + (ids.Count > 20 ? $"ほか{ids.Count - 20}団体" : "");
        if (year is null)
        {
            gaps.Add("統計の年が事業に設定されていないため、人口と面積は集計していません。");
        }
        else
        {
            if (missingPopulation.Count > 0)
            {
                gaps.Add($"{year}年の人口が未登録の構成市町村が{missingPopulation.Count}団体あります（{Which(missingPopulation)}）。その連携地域は人口・面積の平均から除いています。");
            }
            if (missingArea.Count > 0)
            {
                gaps.Add($"{year}年の面積が未登録の構成市町村が{missingArea.Count}団体あります（{Which(missingArea)}）。その連携地域は面積の平均から除いています。");
            }
        }
        var complete = areas.Where(a => members[a.Id].Count > 0).ToList();
        return new EffectReport.SizeSummary(measured.Count, measuredArea.Count,
            population.Count > 0 ? (decimal)population.Values.Average() : null,
            km2.Count > 0 ? km2.Values.Average() : null,
            withMembers.Count > 0 ? (decimal)withMembers.Average(a => members[a.Id].Count) : null,
            population.Values.Count(p => p < EffectReport.SmallPopulation),
            km2.Values.Count(k => k >= EffectReport.LargeAreaKm2),
            complete.Count(a => members[a.Id].Count >= program.TypicalMinMembers && members[a.Id].Count <= program.TypicalMaxMembers),
            program.TypicalMinMembers, program.TypicalMaxMembers);
    }

    private static EffectReport.SecretariatSummary Secretariats(List<CollaborationArea> areas, Dictionary<int, List<int>> members,
        Dictionary<int, (int Population, decimal? AreaKm2)> figures)
    {
        var fixedCount = areas.Count(a => a.Secretariats.Select(s => s.MunicipalityId).Distinct().Count() == 1);
        var rotating = areas.Count(a => a.Secretariats.Select(s => s.MunicipalityId).Distinct().Count() > 1);
        var compared = 0;
        var notLargest = 0;
        foreach (var area in areas.Where(a => a.Secretariats.Count > 0))
        {
            var current = members[area.Id];
            if (!current.All(figures.ContainsKey))
            {
                continue;
            }
            compared++;
            var largest = current.MaxBy(m => figures[m].Population);
            if (area.Secretariats.Any(s => s.MunicipalityId != largest))
            {
                notLargest++;
            }
        }
        return new EffectReport.SecretariatSummary(fixedCount, rotating, areas.Count(a => a.Secretariats.Count == 0), notLargest, compared);
    }
}
