using Microsoft.EntityFrameworkCore;
using Renkei.Core.Council;
using Renkei.Core.Organisations;

namespace Renkei.Core.Data.Seed;

/// <summary>
/// The council structure of the 設置要綱 (in force 2017-08-31): its bodies, the members of 別表1 and 別表2 with
/// the posts that attend, and the 年間スケジュール template. Loaded once per prefecture; editable afterwards.
/// </summary>
public sealed class CouncilReferenceData(RenkeiDbContext db)
{
    public static readonly DateOnly InForceFrom = new(2017, 8, 31);
    public const string MunicipalPost = "企画担当課長等";

    /// <summary>別表1, prefectural side: (organisation, post). 各総合支庁…連携支援室長 is one line for the four offices.</summary>
    public static readonly (string Organisation, string Post)[] Table1Prefecture =
    [
        ("企画振興部 市町村課", "企画振興部次長"),
        ("総務部 人事課", "総務部人事課長"),
        ("企画振興部 企画調整課", "企画振興部企画調整課長"),
        ("企画振興部 市町村課", "企画振興部市町村課長"),
        ("企画振興部 市町村課", "企画振興部市町村課地域振興主幹"),
        ("環境エネルギー部 環境企画課", "環境エネルギー部環境企画課長"),
        ("環境エネルギー部 危機管理・くらし安心局危機管理課", "環境エネルギー部危機管理・くらし安心局危機管理課長"),
        ("子育て推進部 子育て支援課", "子育て推進部子育て支援課長"),
        ("健康福祉部 健康福祉企画課", "健康福祉部健康福祉企画課長"),
        ("商工労働部 産業政策課", "商工労働部産業政策課長"),
        ("観光文化スポーツ部 観光立県推進課", "観光文化スポーツ部観光立県推進課長"),
        ("農林水産部 農政企画課", "農林水産部農政企画課長"),
        ("県土整備部 管理課", "県土整備部管理課長"),
        ("会計局 会計課", "会計局会計課長"),
        ("監査委員事務局 監査課", "監査委員事務局監査課長"),
        ("人事委員会事務局 職員課", "人事委員会事務局職員課長"),
        ("企業局 総務企画課", "企業局総務企画課長"),
        ("病院事業局 県立病院課", "病院事業局県立病院課長"),
        ("教育局 総務課", "教育局総務課長"),
        ("警察本部 警務部総務企画課", "警察本部警務部総務企画課長"),
    ];

    /// <summary>別表2: the eight municipalities and the secretariat's two posts (plus every 連携支援室長).</summary>
    public static readonly string[] Table2Municipalities = ["山形市", "東根市", "長井市", "山辺町", "河北町", "最上町", "川西町", "庄内町"];

    public static readonly (string Organisation, string Post)[] Table2Prefecture =
    [
        ("企画振興部 市町村課", "企画振興部市町村課長"),
        ("企画振興部 市町村課", "企画振興部市町村課地域振興主幹"),
    ];

    /// <summary>年間スケジュール: title, body (null = milestone), 第n回, months from–until.</summary>
    public static readonly (string Title, BodyKind? Body, int? Number, int From, int Until)[] Schedule =
    [
        ("連携課題・ニーズ調査", null, null, 4, 4),
        ("新たな連携テーマ候補の検討・調整", null, null, 5, 5),
        ("市町村長会議（当年度の連携の取組みを報告）", BodyKind.MayorsMeeting, null, 5, 5),
        ("第1回幹事会", BodyKind.SteeringCommittee, 1, 6, 6),
        ("第1回連携推進会議（新たな連携テーマの協議・決定、先進事例の紹介「見える化」）", BodyKind.Council, 1, 6, 7),
        ("具体的な連携方策の検討（既存の協議会・ワーキングチーム）", null, null, 8, 9),
        ("県・市町村行政懇談会（検討状況を報告）", BodyKind.AdministrativeRoundtable, null, 10, 10),
        ("必要に応じて県・市町村で予算計上", null, null, 11, 1),
        ("第2回幹事会", BodyKind.SteeringCommittee, 2, 2, 2),
        ("第2回連携推進会議（次年度の取組みの協議・決定、新たなテーマ候補の意見交換）", BodyKind.Council, 2, 2, 3),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var prefectureId = await db.Prefectures.Where(p => p.Code == YamagataReferenceData.PrefectureCode).Select(p => p.Id).SingleAsync(cancellationToken);
        if (await db.CouncilBodies.AnyAsync(b => b.PrefectureId == prefectureId, cancellationToken))
        {
            return;
        }
        var organisations = await db.Organisations.Where(o => o.PrefectureId == prefectureId).ToListAsync(cancellationToken);
        var byName = organisations.ToDictionary(o => o.Name);
        var municipalities = organisations.OfType<Municipality>().OrderBy(m => m.Code.Value, StringComparer.Ordinal).ToList();
        var offices = organisations.OfType<SupportOffice>().OrderBy(o => o.Id).ToList();
        BodyMembership Seat(Organisation o, string post) => new() { OrganisationId = o.Id, Post = post, From = InForceFrom };

        var council = new CouncilBody { PrefectureId = prefectureId, Kind = BodyKind.Council, Name = "県・市町村連携推進会議", ChairPost = "企画振興部次長" };
        council.Memberships.AddRange(municipalities.Select(m => Seat(m, MunicipalPost)));
        council.Memberships.AddRange(Table1Prefecture.Select(p => Seat(byName[p.Organisation], p.Post)));
        council.Memberships.AddRange(offices.Select(o => Seat(o, "連携支援室長")));

        var secretaries = new CouncilBody { PrefectureId = prefectureId, Kind = BodyKind.SteeringCommittee, Name = "県・市町村連携推進会議幹事会", ChairPost = "企画振興部市町村課長" };
        secretaries.Memberships.AddRange(Table2Municipalities.Select(n => Seat(byName[n], MunicipalPost)));
        secretaries.Memberships.AddRange(Table2Prefecture.Select(p => Seat(byName[p.Organisation], p.Post)));
        secretaries.Memberships.AddRange(offices.Select(o => Seat(o, "連携支援室長")));

        var secretariat = byName[YamagataReferenceData.SecretariatName];
        var mayors = new CouncilBody { PrefectureId = prefectureId, Kind = BodyKind.MayorsMeeting, Name = "市町村長会議", ChairPost = "知事" };
        mayors.Memberships.AddRange(municipalities.Select(m => Seat(m, "市町村長")));
        mayors.Memberships.Add(Seat(secretariat, "企画振興部長"));
        var forum = new CouncilBody { PrefectureId = prefectureId, Kind = BodyKind.AdministrativeRoundtable, Name = "県・市町村行政懇談会", ChairPost = "知事" };
        forum.Memberships.AddRange(municipalities.Select(m => Seat(m, "市町村長")));
        forum.Memberships.Add(Seat(secretariat, "企画振興部長"));

        db.CouncilBodies.AddRange(council, secretaries, mayors, forum);
        db.ScheduleTemplate.AddRange(Schedule.Select((s, i) => new ScheduleTemplateItem
        {
            PrefectureId = prefectureId, SortOrder = i, Title = s.Title, Body = s.Body, Number = s.Number, FromMonth = s.From, UntilMonth = s.Until,
        }));
        await db.SaveAsync(cancellationToken);
    }
}
