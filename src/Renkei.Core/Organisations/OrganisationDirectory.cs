using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Organisations;

/// <summary>
/// Read side of the organisations: everyone sees the organisations of their own prefecture
/// (public facts); another prefecture's organisations do not exist for them.
/// </summary>
public sealed class OrganisationDirectory(UnitOfWork work)
{
    public async Task<IReadOnlyList<MunicipalityListItem>> ListMunicipalitiesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var rows = await db.Municipalities.AsNoTracking()
            .Where(m => m.PrefectureId == actor.PrefectureId)
            .OrderBy(m => m.Code)
            .Select(m => new
            {
                m.Id, m.Code, m.Name, m.Kind, m.Region,
                BranchOffice = m.BranchOffice!.Name,
                SupportOffice = m.SupportOffice!.Name,
                Latest = m.Statistics.Where(s => !s.IsProjection).OrderByDescending(s => s.Year)
                    .Select(s => new { s.Year, s.Population }).FirstOrDefault(),
                Projected = m.Statistics.Where(s => s.IsProjection).OrderByDescending(s => s.Year)
                    .Select(s => new { s.Year, s.Population, s.ElderlyShare }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(m => new MunicipalityListItem(
            m.Id, m.Code.Value, m.Name, m.Kind, m.Region, m.BranchOffice, m.SupportOffice,
            m.Latest?.Population, m.Latest?.Year,
            m.Projected is { } p ? new Projection(p.Year, p.Population, p.ElderlyShare) : null)).ToList();
    }

    public async Task<MunicipalityProfile> GetMunicipalityAsync(Actor actor, string code, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var municipality = await FindMunicipalityAsync(db, actor, code, cancellationToken);
        var statistics = await db.MunicipalityStatistics.AsNoTracking()
            .Where(s => s.MunicipalityId == municipality.Id)
            .OrderBy(s => s.Year)
            .Select(s => new MunicipalityStatisticView(s.Id, s.Year, s.Population, s.ElderlyShare, s.GeneralAdminStaff,
                s.CivilEngineers, s.ArchitectureEngineers, s.AgriForestryEngineers, s.IsProjection, s.Version, s.AreaKm2))
            .ToListAsync(cancellationToken);
        return new MunicipalityProfile(
            municipality.Id, municipality.Code.Value, municipality.Name, municipality.Kind, municipality.Region,
            municipality.BranchOffice?.Name, municipality.SupportOffice?.Name,
            new MunicipalityContactView(municipality.Contact.Division, municipality.Contact.Phone, municipality.Contact.Email),
            municipality.Version, statistics,
            CanEditContact: actor.CanManage(municipality),
            CanEditStatistics: actor.HasPrefectureWideScope);
    }

    public async Task<IReadOnlyList<BranchOfficeView>> ListBranchOfficesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var branches = await db.BranchOffices.AsNoTracking()
            .Where(b => b.PrefectureId == actor.PrefectureId)
            .OrderBy(b => b.Id)
            .Select(b => new
            {
                b.Id, b.Name,
                SupportOffices = b.SupportOffices.OrderBy(s => s.Id).Select(s => new
                {
                    s.Id, s.Name,
                    Jurisdiction = s.Jurisdiction.OrderBy(m => m.Code).Select(m => new { m.Code, m.Name, m.Kind }).ToList(),
                }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return branches.Select(b => new BranchOfficeView(b.Id, b.Name, b.SupportOffices
            .Select(s => new SupportOfficeView(s.Id, s.Name, s.Jurisdiction.Select(m => new MunicipalityRef(m.Code.Value, m.Name, m.Kind)).ToList()))
            .ToList())).ToList();
    }

    /// <summary>The organisations a user of this prefecture can be assigned to.</summary>
    public async Task<IReadOnlyList<OrganisationOption>> ListOrganisationsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.PrefectureId == actor.PrefectureId)
            .ToListAsync(cancellationToken);
        return OrganisationOption.InDirectoryOrder(organisations);
    }

    /// <summary>Finds a municipality of the actor's prefecture by its code; anything else is "not found".</summary>
    internal static async Task<Municipality> FindMunicipalityAsync(RenkeiDbContext db, Actor actor, string code, CancellationToken cancellationToken)
    {
        if (!LocalGovernmentCode.TryParse(code, out var parsed, out _))
        {
            throw new NotFoundException($"団体コード「{code}」の市町村は見つかりません。");
        }
        return await db.Municipalities
            .Include(m => m.BranchOffice)
            .Include(m => m.SupportOffice)
            .SingleOrDefaultAsync(m => m.Code == parsed && m.PrefectureId == actor.PrefectureId, cancellationToken)
            ?? throw new NotFoundException($"団体コード「{code}」の市町村は見つかりません。");
    }
}
