using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Grants;

/// <summary>The programs of the actor's prefecture: read by its staff, kept by the program's secretariat.</summary>
public sealed class GrantProgramService(UnitOfWork work)
{
    private const string DuplicateName = "同じ名前の交付金事業が既にあります。";

    public async Task<IReadOnlyList<ProgramListItem>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var readable = GrantAccess.Readable(db, actor);
        return await db.GrantPrograms.AsNoTracking().Where(p => p.PrefectureId == actor.PrefectureId)
            .OrderByDescending(p => p.FirstFiscalYear).ThenBy(p => p.Id)
            .Select(p => new ProgramListItem(p.Id, p.Name, p.Scheme, p.FirstFiscalYear, p.LastFiscalYear, readable.Count(a => a.ProgramId == p.Id)))
            .ToListAsync(cancellationToken);
    }

    public async Task<ProgramView> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var program = await GrantAccess.FindProgramAsync(db.GrantPrograms.AsNoTracking(), actor, id, cancellationToken);
        var areas = await GrantAccess.Readable(db, actor).AsNoTracking().Where(a => a.ProgramId == id)
            .Include(a => a.Members).Include(a => a.Fields)
            .OrderBy(a => a.StartFiscalYear).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return new ProgramView(program.Id, program.Name, program.Scheme, program.Purpose, program.FirstFiscalYear, program.LastFiscalYear,
            program.LastAdoptionFiscalYear, program.CapPerMember, program.MaxSupportYears, program.TypicalMinMembers, program.TypicalMaxMembers,
            program.EligibilityNotes, program.Allocation, program.StatisticsYear,
            program.Benchmarks.Select(b => new BenchmarkInput(b.Label, b.Population, b.AreaKm2, b.Members)).ToList(),
            areas.Select(a => ListItem(program, a)).ToList(), GrantAccess.MayManage(actor), GrantAccess.ReadsAllAreas(actor), program.Version);
    }

    public async Task<int> CreateAsync(Actor actor, ProgramInput input, CancellationToken cancellationToken = default)
    {
        GrantAccess.EnsureManager(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var program = new GrantProgram { Name = "", PrefectureId = actor.PrefectureId };
        input.ApplyTo(program);
        db.GrantPrograms.Add(program);
        await db.SaveAsync(DuplicateName, cancellationToken);
        return program.Id;
    }

    public async Task UpdateAsync(Actor actor, int id, ProgramInput input, uint version, CancellationToken cancellationToken = default)
    {
        GrantAccess.EnsureManager(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var program = await GrantAccess.FindProgramAsync(db.GrantPrograms, actor, id, cancellationToken);
        db.Expect(program, version);
        input.ApplyTo(program);
        await db.SaveAsync(DuplicateName, cancellationToken);
    }

    internal static AreaListItem ListItem(GrantProgram program, CollaborationArea area)
    {
        var members = area.Members.Count(m => m.IsCurrent);
        return new AreaListItem(area.Id, area.Name, area.StartFiscalYear, program.LastSupportYearOf(area.StartFiscalYear), members,
            area.DeclaredMemberCount, area.SettlementRelation, area.Fields.Select(f => f.Field).Order().ToList(),
            GrantRules.SizeWarning(program, members));
    }
}
