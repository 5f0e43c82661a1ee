using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Organisations;

/// <summary>The secretariat keeps the municipalities' yearly figures: by hand or from a CSV file.</summary>
public sealed class MunicipalityStatisticsService(UnitOfWork work)
{
    /// <summary>Adds the year's figures, or replaces them when <paramref name="version"/> names the row being edited.</summary>
    public async Task SaveAsync(Actor actor, string code, StatisticInput input, uint? version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var municipality = await OrganisationDirectory.FindMunicipalityAsync(db, actor, code, cancellationToken);
        EnsureMayEdit(actor);
        var rules = new TextRules();
        input.Check(rules);
        rules.ThrowIfInvalid();

        var existing = await db.MunicipalityStatistics
            .SingleOrDefaultAsync(s => s.MunicipalityId == municipality.Id && s.Year == input.Year, cancellationToken);
        if (existing is null)
        {
            if (version is not null)
            {
                throw new ConflictException("編集中の年のデータは他の方が削除しました。一覧を読み込み直してください。");
            }
            existing = new MunicipalityStatistic { MunicipalityId = municipality.Id };
            db.MunicipalityStatistics.Add(existing);
        }
        else if (version is null)
        {
            throw new ValidationException(nameof(StatisticInput.Year), $"{input.Year}年のデータは既に登録されています。一覧から編集してください。");
        }
        else
        {
            db.Expect(existing, version.Value);
        }
        input.ApplyTo(existing);
        await SaveOrConflictAsync(db, cancellationToken);
    }

    public async Task DeleteAsync(Actor actor, string code, int year, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var municipality = await OrganisationDirectory.FindMunicipalityAsync(db, actor, code, cancellationToken);
        EnsureMayEdit(actor);
        var existing = await db.MunicipalityStatistics
            .SingleOrDefaultAsync(s => s.MunicipalityId == municipality.Id && s.Year == year, cancellationToken)
            ?? throw new NotFoundException($"{municipality.Name}の{year}年のデータは見つかりません。");
        db.Expect(existing, version);
        db.MunicipalityStatistics.Remove(existing);
        await SaveOrConflictAsync(db, cancellationToken);
    }

    /// <summary>Imports a whole CSV file: every row is saved, or — if any row is wrong — none.</summary>
    /// <returns>The number of rows imported.</returns>
    public async Task<int> ImportCsvAsync(Actor actor, Stream csv, CancellationToken cancellationToken = default)
    {
        EnsureMayEdit(actor);
        var rows = StatisticsCsv.Read(csv);

        await using var db = await work.OpenAsync(actor, cancellationToken);
        var municipalities = await db.Municipalities
            .Where(m => m.PrefectureId == actor.PrefectureId)
            .Select(m => new { m.Id, m.Code })
            .ToListAsync(cancellationToken);
        var idByCode = municipalities.ToDictionary(m => m.Code.Value, m => m.Id);
        var rules = new TextRules();
        foreach (var row in rows.Where(r => !idByCode.ContainsKey(r.Code)))
        {
            rules.Add("File", $"{row.Line}行目: 団体コード {row.Code} の市町村はこの県にありません。");
        }
        rules.ThrowIfInvalid();

        var ids = idByCode.Values.ToList();
        var existing = await db.MunicipalityStatistics
            .Where(s => ids.Contains(s.MunicipalityId))
            .ToDictionaryAsync(s => (s.MunicipalityId, s.Year), cancellationToken);
        foreach (var row in rows)
        {
            var key = (idByCode[row.Code], row.Input.Year);
            if (!existing.TryGetValue(key, out var statistic))
            {
                statistic = new MunicipalityStatistic { MunicipalityId = key.Item1 };
                db.MunicipalityStatistics.Add(statistic);
            }
            row.Input.ApplyTo(statistic);
        }
        await SaveOrConflictAsync(db, cancellationToken);
        return rows.Count;
    }

    private static void EnsureMayEdit(Actor actor)
    {
        if (!actor.HasPrefectureWideScope)
        {
            throw new ForbiddenException("統計データを変更できるのは事務局（市町村課）だけです。");
        }
    }

    private static Task SaveOrConflictAsync(RenkeiDbContext db, CancellationToken cancellationToken) =>
        db.SaveAsync("同じ年のデータを他の方が先に登録しました。一覧を読み込み直してください。", cancellationToken);
}
