using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Renkei.Core;
using Renkei.Core.Data;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;

namespace Renkei.Bench;

/// <summary>What the generator made, and the survey the benchmark measures.</summary>
public sealed record GeneratedData(int Prefectures, int Municipalities, int Surveys, int Responses, int Items, int TargetPrefectureId, int TargetSurveyId, int TargetSecretariatId, TimeSpan Took);

/// <summary>
/// National scale: 47 prefectures and 1,741 municipalities (北海道 179, the rest spread over the others;
/// Yamagata keeps its real 35), ten fiscal years of surveys, every municipality answering each year with
/// 10–25 needs, and five departments per prefecture with two each. Organisations and surveys go through
/// EF Core; responses and items through binary COPY.
/// </summary>
public sealed class NationalDataGenerator(string connectionString)
{
    private const int Hokkaido = 179;
    private readonly Random _random = new(2017);

    /// <summary>What needs are about, so that searching (e.g. for 空き家) has something real to find.</summary>
    internal static readonly string[] Topics =
    [
        "空き家対策の推進", "移住定住の相談体制", "地域公共交通の維持", "観光ルートの広域化", "子育て支援の充実", "鳥獣被害対策",
        "水道事業の広域化", "税の滞納整理の共同化", "災害時の職員相互派遣", "情報システムの共同利用", "職員採用試験の共同実施",
        "買い物弱者への支援", "ジオパークの活用", "文化財の保存と活用", "保健師の確保", "公共施設の相互利用",
    ];

    public async Task<GeneratedData> GenerateAsync(int municipalities, int years, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var options = new DbContextOptionsBuilder<RenkeiDbContext>();
        RenkeiCoreServices.ConfigureDatabase(options, connectionString); // no audit interceptor: this is bulk test data
        await using var db = new RenkeiDbContext(options.Options);

        var yamagata = await db.Prefectures.SingleAsync(p => p.Code == LocalGovernmentCode.Parse("060003"), cancellationToken);
        var existing = await db.Municipalities.CountAsync(m => m.PrefectureId == yamagata.Id, cancellationToken);
        var others = Enumerable.Range(1, 47).Where(p => p != 6).ToList();
        var perPrefecture = Spread(municipalities - existing - Hokkaido, others.Count - 1);

        var prefectureIds = new List<int>();
        var k = 0;
        foreach (var number in others)
        {
            var count = number == 1 ? Hokkaido : perPrefecture[k++];
            // 北海道 is seeded as a tenant with its 179 municipalities and its secretariat: it answers as it is, with departments added.
            if (await db.Prefectures.SingleOrDefaultAsync(p => p.Code == LocalGovernmentCode.FromJisCode($"{number:00}000"), cancellationToken) is { } seeded)
            {
                db.AddRange(Enumerable.Range(1, 5).Select(d => new Department { Name = $"{seeded.Name} 部局{d}", Bureau = $"部局{d}", Division = "企画課", PrefectureId = seeded.Id }));
                await db.SaveChangesAsync(cancellationToken);
                prefectureIds.Add(seeded.Id);
                continue;
            }
            var prefecture = new Prefecture { Code = LocalGovernmentCode.FromJisCode($"{number:00}000"), Name = $"ベンチ県{number:00}" };
            var branch = new BranchOffice { Name = $"ベンチ県{number:00} 総合支庁", Prefecture = prefecture };
            var office = new SupportOffice { Name = $"ベンチ県{number:00} 連携支援室", Prefecture = prefecture, BranchOffice = branch };
            db.AddRange(prefecture, branch, office);
            db.Add(new Department { Name = $"ベンチ県{number:00} 市町村課", Bureau = "企画部", Division = "市町村課", IsSecretariat = true, Prefecture = prefecture });
            for (var d = 1; d <= 5; d++)
            {
                db.Add(new Department { Name = $"ベンチ県{number:00} 部局{d}", Bureau = $"部局{d}", Division = "企画課", Prefecture = prefecture });
            }
            for (var m = 0; m < count; m++)
            {
                db.Add(new Municipality
                {
                    Name = $"ベンチ県{number:00} 市町村{m + 1:000}", Code = LocalGovernmentCode.FromJisCode($"{number:00}{201 + m:000}"),
                    Kind = MunicipalityKind.Town, Region = $"地域{m % 4 + 1}", Prefecture = prefecture, BranchOffice = branch, SupportOffice = office,
                });
            }
            await db.SaveChangesAsync(cancellationToken);
            prefectureIds.Add(prefecture.Id);
        }
        prefectureIds.Add(yamagata.Id);

        // Ten closed surveys per prefecture with the standard catalogue (Yamagata's 2017 demo survey stays as it is).
        foreach (var prefectureId in prefectureIds)
        {
            var taken = await db.NeedsSurveys.Where(s => s.PrefectureId == prefectureId).Select(s => s.FiscalYear).ToListAsync(cancellationToken);
            foreach (var year in Enumerable.Range(2026 - years, years).Except(taken))
            {
                db.NeedsSurveys.Add(new NeedsSurvey
                {
                    PrefectureId = prefectureId, FiscalYear = year, Title = $"{year}年度 連携課題・ニーズ調査", Status = SurveyStatus.Closed,
                    MunicipalOpensOn = new DateOnly(year, 5, 29), MunicipalClosesOn = new DateOnly(year, 6, 23),
                    DepartmentOpensOn = new DateOnly(year, 6, 7), DepartmentClosesOn = new DateOnly(year, 6, 23),
                    Categories = StandardCatalogue.Entries.Select((c, i) => new SurveyCategory { Section = c.Section, Label = c.Label, IsOther = c.IsOther, SortOrder = i }).ToList(),
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);

        var surveys = await db.NeedsSurveys.Where(s => prefectureIds.Contains(s.PrefectureId) && !db.SurveyResponses.Any(r => r.SurveyId == s.Id))
            .Select(s => new { s.Id, s.PrefectureId, s.FiscalYear, Categories = s.Categories.Select(c => c.Id).ToList() }).ToListAsync(cancellationToken);
        var respondents = await db.Organisations.Where(o => prefectureIds.Contains(o.PrefectureId) && (o is Municipality || (o is Department && !((Department)o).IsSecretariat)))
            .Select(o => new { o.Id, o.PrefectureId, Municipal = o is Municipality }).ToListAsync(cancellationToken);
        var byPrefecture = respondents.GroupBy(r => r.PrefectureId).ToDictionary(g => g.Key, g => g.ToList());

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var plan = new List<(int SurveyId, int OrganisationId, bool Municipal, List<int> Categories, int FiscalYear)>();
        foreach (var s in surveys)
        {
            plan.AddRange(byPrefecture[s.PrefectureId].Select(o => (s.Id, o.Id, o.Municipal, s.Categories, s.FiscalYear)));
        }
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY survey_responses (survey_id, organisation_id, \"group\", status, no_needs, updated_at, submitted_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var p in plan)
            {
                var at = new DateTimeOffset(p.FiscalYear, 6, 20, 1, 0, 0, TimeSpan.Zero);
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(p.SurveyId, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(p.OrganisationId, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync((int)(p.Municipal ? RespondentGroup.Municipal : RespondentGroup.Prefectural), NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync((int)ResponseStatus.Submitted, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
            }
            await writer.CompleteAsync(cancellationToken);
        }

        var surveyIds = surveys.Select(s => s.Id).ToList();
        var responseIds = await db.SurveyResponses.Where(r => surveyIds.Contains(r.SurveyId))
            .Select(r => new { r.Id, r.SurveyId, r.OrganisationId }).ToDictionaryAsync(r => (r.SurveyId, r.OrganisationId), r => r.Id, cancellationToken);
        var items = 0;
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY need_items (response_id, category_id, title, urgency, form, content, issues, partner_organisation_ids, sort_order) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var p in plan)
            {
                var count = p.Municipal ? _random.Next(10, 26) : 2;
                for (var n = 0; n < count; n++)
                {
                    var category = p.Categories[_random.Next(p.Categories.Count)];
                    await writer.StartRowAsync(cancellationToken);
                    await writer.WriteAsync(responseIds[(p.SurveyId, p.OrganisationId)], NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(category, NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(Topics[_random.Next(Topics.Length)], NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync(1 + _random.Next(3), NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync("県と市町村の研究会", NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync("近隣の市町村と情報を共有し、共同で取り組む方策を検討したい。", NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync("費用負担と役割分担の調整", NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync(Array.Empty<int>(), NpgsqlDbType.Array | NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(n, NpgsqlDbType.Integer, cancellationToken);
                    items++;
                }
            }
            await writer.CompleteAsync(cancellationToken);
        }
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        // The benchmark reads the latest survey of the largest prefecture (北海道).
        var hokkaido = await db.Prefectures.SingleAsync(p => p.Code == LocalGovernmentCode.FromJisCode("01000"), cancellationToken);
        var target = await db.NeedsSurveys.Where(s => s.PrefectureId == hokkaido.Id).OrderByDescending(s => s.FiscalYear).Select(s => s.Id).FirstAsync(cancellationToken);
        var secretariat = await db.Departments.Where(d => d.PrefectureId == hokkaido.Id && d.IsSecretariat).Select(d => d.Id).SingleAsync(cancellationToken);
        var totalMunicipalities = await db.Municipalities.CountAsync(cancellationToken);
        var totalItems = await db.NeedItems.CountAsync(cancellationToken);
        return new GeneratedData(prefectureIds.Count, totalMunicipalities, await db.NeedsSurveys.CountAsync(cancellationToken), await db.SurveyResponses.CountAsync(cancellationToken),
            totalItems, hokkaido.Id, target, secretariat, clock.Elapsed);
    }

    /// <summary>Splits a total over n parts that differ by at most one.</summary>
    private static int[] Spread(int total, int parts) => Enumerable.Range(0, parts).Select(i => total / parts + (i < total % parts ? 1 : 0)).ToArray();
}
