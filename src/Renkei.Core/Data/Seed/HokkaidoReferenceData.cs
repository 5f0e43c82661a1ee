using Microsoft.EntityFrameworkCore;
using Renkei.Core.Organisations;

namespace Renkei.Core.Data.Seed;

/// <summary>
/// 北海道 as a second tenant: the prefecture, its 179 municipalities from the national list, and the secretariat of
/// its 市町村連携地域モデル事業 (named after the seed's author, 市町村連携地域WG). Its 振興局 and which municipalities
/// they serve are in none of the reference files, so the municipalities carry none (shown as 未登録).
/// </summary>
public sealed class HokkaidoReferenceData(RenkeiDbContext db)
{
    public const string PrefectureName = "北海道";
    public static readonly LocalGovernmentCode PrefectureCode = LocalGovernmentCode.Parse("010006");
    public const string SecretariatBureau = "市町村連携地域WG";
    public const string SecretariatDivision = "事務局";
    public const string SecretariatName = SecretariatBureau + " " + SecretariatDivision;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Prefectures.AnyAsync(p => p.Code == PrefectureCode, cancellationToken))
        {
            return;
        }
        var rows = LocalGovernmentList.Of(PrefectureCode.Value[..2]);
        var prefecture = new Prefecture { Code = PrefectureCode, Name = rows.Single(r => r.IsPrefecture).Name };
        db.Prefectures.Add(prefecture);
        db.Municipalities.AddRange(rows.Where(r => !r.IsPrefecture).Select(r => new Municipality
        {
            Name = r.Name,
            Code = r.Code,
            Kind = r.MunicipalityKind,
            Region = "",
            Prefecture = prefecture,
        }));
        db.Departments.Add(new Department
        {
            Name = SecretariatName,
            Bureau = SecretariatBureau,
            Division = SecretariatDivision,
            IsSecretariat = true,
            Prefecture = prefecture,
        });
        await db.SaveAsync(cancellationToken);
    }
}
