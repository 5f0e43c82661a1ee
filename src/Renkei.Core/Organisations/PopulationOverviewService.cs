using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Data;

namespace Renkei.Core.Organisations;

/// <summary>The prefecture's population as the policy's 補足資料 shows it, for every year the statistics hold for all municipalities.</summary>
public sealed class PopulationOverviewService(UnitOfWork work)
{
    public async Task<IReadOnlyList<PopulationYear>> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.PrefectureId == actor.PrefectureId)
            .Select(m => new { m.Id, m.Name, m.Kind }).ToListAsync(cancellationToken);
        var ids = municipalities.Select(m => m.Id).ToList();
        var figures = await db.MunicipalityStatistics.AsNoTracking().Where(s => ids.Contains(s.MunicipalityId))
            .Select(s => new { s.MunicipalityId, s.Year, s.Population, s.IsProjection, s.ElderlyShare }).ToListAsync(cancellationToken);
        var kind = municipalities.ToDictionary(m => m.Id);
        var years = figures.GroupBy(f => (f.Year, f.IsProjection))
            .Where(g => g.Select(f => f.MunicipalityId).Distinct().Count() == municipalities.Count) // a partial year would undercount
            .OrderBy(g => g.Key.Year)
            .ToList();
        var result = new List<PopulationYear>();
        PopulationYear? previous = null;
        foreach (var year in years)
        {
            int Sum(Func<MunicipalityKind, bool> which) => year.Where(f => which(kind[f.MunicipalityId].Kind)).Sum(f => f.Population);
            var cities = Sum(k => k == MunicipalityKind.City);
            var others = Sum(k => k != MunicipalityKind.City);
            var small = year.Where(f => kind[f.MunicipalityId].Kind != MunicipalityKind.City).ToList();
            var under = small.Where(f => PopulationBands.Of(f.Population) == PopulationBand.Under5000).OrderBy(f => f.MunicipalityId).Select(f => kind[f.MunicipalityId].Name).ToList();
            var current = new PopulationYear(year.Key.Year, year.Key.IsProjection, cities + others, cities, others,
                previous is null ? null : cities + others - previous.Prefecture, previous is null ? null : cities - previous.Cities,
                previous is null ? null : others - previous.TownsAndVillages,
                Rate(previous?.Prefecture, cities + others), Rate(previous?.Cities, cities), Rate(previous?.TownsAndVillages, others),
                under.Count, small.Count(f => PopulationBands.Of(f.Population) == PopulationBand.Under10000), under);
            if (year.All(f => f.ElderlyShare is not null) && cities + others > 0)
            {
                current = current with
                {
                    ElderlyShare = Math.Round(year.Sum(f => f.Population * f.ElderlyShare!.Value) / (cities + others), 1, MidpointRounding.AwayFromZero),
                    Elderly45OrMore = year.Count(f => f.ElderlyShare >= 45m),
                    Elderly40To45 = year.Count(f => f.ElderlyShare is >= 40m and < 45m),
                };
            }
            result.Add(current);
            previous = current;
        }
        return result;
    }

    /// <summary>Change in percent, one decimal, as the seed prints it (▲3.9%).</summary>
    private static decimal? Rate(int? before, int now) =>
        before is { } b && b > 0 ? Math.Round((now - b) * 100m / b, 1, MidpointRounding.AwayFromZero) : null;
}
