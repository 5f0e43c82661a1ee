using Microsoft.EntityFrameworkCore;
using Renkei.Core.Organisations;

namespace Renkei.Core.Data.Seed;

/// <summary>Loads Yamagata's organisations once; running it again changes nothing.</summary>
public sealed class ReferenceDataSeeder(RenkeiDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Prefectures.AnyAsync(p => p.Code == YamagataReferenceData.PrefectureCode, cancellationToken))
        {
            return;
        }

        var prefecture = new Prefecture { Code = YamagataReferenceData.PrefectureCode, Name = YamagataReferenceData.PrefectureName };
        db.Prefectures.Add(prefecture);

        var branches = YamagataReferenceData.BranchOffices
            .ToDictionary(n => n, n => new BranchOffice { Name = n, Prefecture = prefecture });
        db.BranchOffices.AddRange(branches.Values);

        var rows = YamagataReferenceData.Municipalities();
        var supportOffices = rows
            .GroupBy(r => r.SupportOffice)
            .ToDictionary(g => g.Key, g => new SupportOffice { Name = g.Key, Prefecture = prefecture, BranchOffice = branches[g.First().BranchOffice] });
        db.SupportOffices.AddRange(supportOffices.Values);

        db.Municipalities.AddRange(rows.Select(r => new Municipality
        {
            Name = r.Name,
            Code = r.Code,
            Kind = r.Kind,
            Region = r.Region,
            Prefecture = prefecture,
            BranchOffice = branches[r.BranchOffice],
            SupportOffice = supportOffices[r.SupportOffice],
        }));

        db.Departments.AddRange(YamagataReferenceData.Departments.Select(d => new Department
        {
            Name = $"{d.Bureau} {d.Division}",
            Bureau = d.Bureau,
            Division = d.Division,
            IsSecretariat = $"{d.Bureau} {d.Division}" == YamagataReferenceData.SecretariatName,
            Prefecture = prefecture,
        }));

        await db.SaveAsync(cancellationToken);
    }
}
