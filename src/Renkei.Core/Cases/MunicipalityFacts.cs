using Microsoft.EntityFrameworkCore;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Cases;

/// <summary>What the library compares organisations by: name, region and the population band of the latest census figure.</summary>
internal sealed record MunicipalityFacts(int Id, string Name, string? Region, PopulationBand? Band)
{
    public static async Task<Dictionary<int, MunicipalityFacts>> LoadAsync(RenkeiDbContext db, int prefectureId, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.PrefectureId == prefectureId).ToListAsync(cancellationToken);
        var ids = organisations.OfType<Municipality>().Select(m => m.Id).ToList();
        var latest = await db.MunicipalityStatistics.AsNoTracking()
            .Where(s => ids.Contains(s.MunicipalityId) && !s.IsProjection)
            .GroupBy(s => s.MunicipalityId)
            .Select(g => new { Id = g.Key, Population = g.OrderByDescending(s => s.Year).Select(s => s.Population).First() })
            .ToDictionaryAsync(x => x.Id, x => x.Population, cancellationToken);
        return organisations.ToDictionary(o => o.Id, o => new MunicipalityFacts(o.Id, o.Name, (o as Municipality)?.Region,
            latest.TryGetValue(o.Id, out var population) ? PopulationBands.Of(population) : null));
    }
}
