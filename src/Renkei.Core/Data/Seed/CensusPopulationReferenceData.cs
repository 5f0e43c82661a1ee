using Microsoft.EntityFrameworkCore;
using Renkei.Core.Organisations;

namespace Renkei.Core.Data.Seed;

/// <summary>
/// The 2015 and 2020 census population (国勢調査) of Yamagata's 35 municipalities, from
/// ../shared/reference/yamagata-population.csv; the 2015 figures sum to the seed's 補足資料 (県 1,123,891, 市部 897,041,
/// 町村部 226,850). Loaded as statistics for a year a municipality has none of yet; the secretariat keeps them afterwards.
/// </summary>
public sealed class CensusPopulationReferenceData(RenkeiDbContext db)
{
    public static readonly int[] Years = [2015, 2020];

    internal static readonly (string Code, int Population2015, int Population2020)[] Rows =
    [
        ("062014", 253832, 247590), // 山形市
        ("062022", 85953, 81252), // 米沢市
        ("062031", 129652, 122347), // 鶴岡市
        ("062049", 106244, 100273), // 酒田市
        ("062057", 36894, 34432), // 新庄市
        ("062065", 41256, 40189), // 寒河江市
        ("062073", 31569, 29110), // 上山市
        ("062081", 24684, 22516), // 村山市
        ("062090", 27757, 26543), // 長井市
        ("062103", 62194, 62140), // 天童市
        ("062111", 47768, 47682), // 東根市
        ("062120", 16953, 14971), // 尾花沢市
        ("062138", 32285, 30420), // 南陽市
        ("063011", 14369, 13725), // 山辺町
        ("063029", 11363, 10746), // 中山町
        ("063215", 18952, 17641), // 河北町
        ("063223", 5636, 4956), // 西川町
        ("063231", 7119, 6366), // 朝日町
        ("063240", 8472, 7646), // 大江町
        ("063410", 7357, 6577), // 大石田町
        ("063614", 5829, 5071), // 金山町
        ("063622", 8902, 8080), // 最上町
        ("063631", 5631, 5007), // 舟形町
        ("063649", 8137, 7203), // 真室川町
        ("063657", 3412, 3028), // 大蔵村
        ("063665", 4317, 3902), // 鮭川村
        ("063673", 4773, 4199), // 戸沢村
        ("063819", 23882, 22463), // 高畠町
        ("063827", 15751, 14558), // 川西町
        ("064017", 7868, 7107), // 小国町
        ("064025", 14175, 12890), // 白鷹町
        ("064033", 7304, 6613), // 飯豊町
        ("064262", 7728, 7601), // 三川町
        ("064289", 21666, 20151), // 庄内町
        ("064611", 14207, 13032), // 遊佐町
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var prefecture = await db.Prefectures.SingleOrDefaultAsync(p => p.Code == YamagataReferenceData.PrefectureCode, cancellationToken);
        if (prefecture is null)
        {
            return;
        }
        var municipalities = (await db.Municipalities.Where(m => m.PrefectureId == prefecture.Id).ToListAsync(cancellationToken)).ToDictionary(m => m.Code.Value, m => m.Id);
        var ids = municipalities.Values.ToList();
        var present = (await db.MunicipalityStatistics.Where(s => ids.Contains(s.MunicipalityId) && Years.Contains(s.Year))
            .Select(s => new { s.MunicipalityId, s.Year }).ToListAsync(cancellationToken)).Select(s => (s.MunicipalityId, s.Year)).ToHashSet();
        foreach (var (code, p2015, p2020) in Rows)
        {
            if (!municipalities.TryGetValue(code, out var id))
            {
                continue;
            }
            foreach (var (year, population) in new[] { (2015, p2015), (2020, p2020) })
            {
                if (!present.Contains((id, year)))
                {
                    db.MunicipalityStatistics.Add(new MunicipalityStatistic { MunicipalityId = id, Year = year, Population = population });
                }
            }
        }
        await db.SaveAsync(cancellationToken);
    }
}
