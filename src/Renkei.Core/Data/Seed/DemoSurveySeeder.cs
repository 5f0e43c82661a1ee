using Microsoft.EntityFrameworkCore;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;

namespace Renkei.Core.Data.Seed;

/// <summary>
/// The 2017 (平成29年度) survey, closed, with answers whose summary is the seed's result table:
/// 173 municipal items (87/68/18) and 40 prefectural ones (32/6/2). Development demo data only.
/// </summary>
public sealed class DemoSurveySeeder(RenkeiDbContext db)
{
    public const int FiscalYear = 2017;

    /// <summary>Municipal items per category, in catalogue order (the reference table).</summary>
    private static readonly int[] MunicipalCounts = [17, 8, 6, 1, 16, 4, 4, 31, 11, 5, 4, 17, 31, 10, 8];

    /// <summary>Prefectural items per category and the organisation that raised them (the categories marked *).</summary>
    private static readonly Dictionary<int, (int Count, string Organisation)> PrefecturalItems = new()
    {
        [0] = (8, "企画振興部 企画調整課"),
        [1] = (4, "商工労働部 産業政策課"),
        [2] = (5, "企画振興部 企画調整課"),
        [3] = (2, "庄内総合支庁 総務企画部総務課連携支援室"),
        [4] = (9, "観光文化スポーツ部 観光立県推進課"),
        [5] = (4, "子育て推進部 子育て支援課"),
        [9] = (2, "環境エネルギー部 危機管理・くらし安心局危機管理課"),
        [10] = (2, "農林水産部 農政企画課"),
        [11] = (2, "企業局 総務企画課"),
        [14] = (2, "村山総合支庁 総務企画部総務課連携支援室"),
    };

    /// <summary>What such needs sounded like, per category (cycled through).</summary>
    private static readonly string[][] Titles =
    [
        ["移住定住相談窓口の共同運営", "空き家バンクの広域化", "Uターン就職の情報発信", "若者の地元定着に向けた奨学金返還支援"],
        ["移動販売車の導入支援", "買い物弱者への宅配サービスの検討"],
        ["広域路線バスの維持", "デマンド交通の共同運行", "鉄道の利用促進"],
        ["飛島の定期航路の維持と振興策"],
        ["ジオパークを活用した周遊観光", "インバウンド受入環境の整備", "広域観光ルートの造成"],
        ["子どもの貧困対策", "障がい児の療育支援体制"],
        ["地域コミュニティの維持", "集落の生活機能の確保"],
        ["健康づくり事業の共同実施", "地域経済の活性化", "地域医療の確保", "再生可能エネルギーの導入"],
        ["税の滞納整理の共同化", "文化財の保存・活用の専門的支援", "土木技術職員の確保"],
        ["罹災証明書交付業務の標準化", "災害時の職員相互派遣"],
        ["鳥獣被害対策の広域連携"],
        ["水道事業の広域化", "水道料金徴収業務の共同化"],
        ["職員採用試験の共同実施", "電算システムの共同利用", "公共施設の相互利用"],
        ["県と市町村の人事交流", "研修への職員派遣"],
        ["県予算・事業に関する情報提供", "各種補助制度の情報共有"],
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var prefectureId = await db.Prefectures.Where(p => p.Code == YamagataReferenceData.PrefectureCode).Select(p => p.Id).SingleAsync(cancellationToken);
        if (await db.NeedsSurveys.AnyAsync(s => s.PrefectureId == prefectureId && s.FiscalYear == FiscalYear, cancellationToken))
        {
            return;
        }
        var survey = new NeedsSurvey
        {
            PrefectureId = prefectureId,
            FiscalYear = FiscalYear,
            Title = "平成29年度 県と市町村及び市町村間の連携課題・ニーズ調査",
            MunicipalOpensOn = new DateOnly(2017, 5, 29),
            MunicipalClosesOn = new DateOnly(2017, 6, 23),
            DepartmentOpensOn = new DateOnly(2017, 6, 7),
            DepartmentClosesOn = new DateOnly(2017, 6, 23),
            Status = SurveyStatus.Closed,
            Categories = StandardCatalogue.Entries.Select((c, i) => new SurveyCategory { Section = c.Section, Label = c.Label, IsOther = c.IsOther, SortOrder = i }).ToList(),
        };
        db.NeedsSurveys.Add(survey);

        var municipalities = await db.Municipalities.Where(m => m.PrefectureId == prefectureId).OrderBy(m => m.Code).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.Where(o => o.PrefectureId == prefectureId).ToDictionaryAsync(o => o.Name, cancellationToken);
        var responses = new Dictionary<int, SurveyResponse>();
        SurveyResponse ResponseOf(Organisation organisation, RespondentGroup group, int day)
        {
            if (!responses.TryGetValue(organisation.Id, out var response))
            {
                var submittedAt = new DateTimeOffset(2017, 6, day, 9 + organisation.Id % 8, organisation.Id * 7 % 60, 0, TimeSpan.FromHours(9)).ToUniversalTime();
                response = new SurveyResponse
                {
                    Survey = survey, OrganisationId = organisation.Id, Group = group, Status = ResponseStatus.Submitted,
                    UpdatedAt = submittedAt, SubmittedAt = submittedAt,
                };
                responses[organisation.Id] = response;
                db.SurveyResponses.Add(response);
            }
            return response;
        }

        var next = 0;
        for (var c = 0; c < MunicipalCounts.Length; c++)
        {
            for (var n = 0; n < MunicipalCounts[c]; n++)
            {
                var municipality = municipalities[next++ % municipalities.Count];
                var response = ResponseOf(municipality, RespondentGroup.Municipal, 1 + municipality.Id % 23);
                response.Items.Add(Item(survey.Categories[c], c, n, response.Items.Count));
            }
        }
        foreach (var (c, (count, name)) in PrefecturalItems)
        {
            var response = ResponseOf(organisations[name], RespondentGroup.Prefectural, 15 + c % 9);
            for (var n = 0; n < count; n++)
            {
                response.Items.Add(Item(survey.Categories[c], c, n, response.Items.Count));
            }
        }
        await db.SaveAsync(cancellationToken);
    }

    private static NeedItem Item(SurveyCategory category, int c, int n, int order)
    {
        var title = Titles[c][n % Titles[c].Length];
        return new NeedItem
        {
            Category = category,
            Title = title,
            Urgency = (Urgency)(1 + (c + n) % 3),
            Form = n % 2 == 0 ? "県と市町村による検討会・研究会" : "市町村間の共同実施（県は調整・助言）",
            Content = $"{title}について、関係する市町村と県が情報を共有し、共同で取り組む方策を検討したい。",
            Issues = n % 3 == 0 ? "費用負担と役割分担の調整、担当職員の確保" : "関係機関との調整に時間を要する",
            SortOrder = order,
        };
    }
}
