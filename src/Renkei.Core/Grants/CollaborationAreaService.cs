using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Grants;

/// <summary>
/// The areas of a program: their record, members, fields, secretariat municipalities and steps. Kept by the program's
/// secretariat; every change carries the area's version, since it is one record on the page.
/// </summary>
public sealed class CollaborationAreaService(UnitOfWork work)
{
    private const string DuplicateName = "この事業には同じ名前の連携地域が既にあります。";

    public async Task<AreaView> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var area = await LoadAsync(db.CollaborationAreas.AsNoTracking(), db, actor, id, cancellationToken);
        var grants = await db.Grants.AsNoTracking().Where(g => g.AreaId == id).OrderBy(g => g.FiscalYear)
            .Select(g => new
            {
                g.Id, g.FiscalYear, g.State,
                Applied = g.Shares.Sum(s => s.AmountAppliedFor),
                Awarded = g.Shares.Sum(s => s.AmountAwarded),
                Disbursed = g.Shares.SelectMany(s => s.Disbursements).Sum(d => d.Amount),
                Used = g.Shares.Sum(s => s.AmountUsed),
            }).ToListAsync(cancellationToken);
        var names = await db.Municipalities.AsNoTracking()
            .Where(m => area.Secretariats.Select(s => s.MunicipalityId).Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var program = area.Program;
        var last = program.LastSupportYearOf(area.StartFiscalYear);
        var granted = grants.Select(g => g.FiscalYear).ToHashSet();
        var applicable = Enumerable.Range(area.StartFiscalYear, Math.Max(0, last - area.StartFiscalYear + 1))
            .Where(y => !granted.Contains(y) && GrantAccess.MayApply(actor, area, y)).ToList();
        var current = area.Members.Count(m => m.IsCurrent);
        return new AreaView(area.Id, program.Id, program.Name, area.Name, area.StartFiscalYear, last, area.DeclaredMemberCount,
            area.SettlementRelation, area.AgreementOn, area.AgreementPublishedOn, area.VisionOn, area.VisionFromFiscalYear, area.VisionToFiscalYear,
            area.VisionPublishedOn, area.StakeholdersHeard, area.Note,
            area.Members.OrderBy(m => m.Municipality.Code.Value, StringComparer.Ordinal)
                .Select(m => new AreaMemberView(m.Id, m.MunicipalityId, m.Municipality.Code.Value, m.Municipality.Name, m.JoinedOn, m.LeftOn)).ToList(),
            area.Fields.OrderBy(f => f.Field).Select(f => new AreaFieldView(f.Id, f.Field, f.Projects)).ToList(),
            area.Secretariats.OrderBy(s => s.FiscalYear)
                .Select(s => new AreaSecretariatView(s.Id, s.FiscalYear, s.MunicipalityId, names.GetValueOrDefault(s.MunicipalityId, ""), s.Note)).ToList(),
            area.Milestones.OrderBy(m => m.On).ThenBy(m => m.Id).Select(m => new AreaMilestoneView(m.Id, m.Kind, m.On, m.Note)).ToList(),
            grants.Select(g => new GrantListItem(g.Id, g.FiscalYear, g.State, g.Applied, g.State == GrantState.Applied ? null : g.Awarded,
                g.Disbursed, g.State == GrantState.Reported ? g.Used : null)).ToList(),
            GrantRules.SizeWarning(program, current), applicable, GrantAccess.MayManage(actor), area.Version);
    }

    public async Task<int> CreateAsync(Actor actor, int programId, AreaInput input, CancellationToken cancellationToken = default)
    {
        GrantAccess.EnsureManager(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var program = await GrantAccess.FindProgramAsync(db.GrantPrograms, actor, programId, cancellationToken);
        var area = new CollaborationArea { Name = "", Program = program };
        input.ApplyTo(area, program, isNew: true);
        db.CollaborationAreas.Add(area);
        await db.SaveAsync(DuplicateName, cancellationToken);
        return area.Id;
    }

    public async Task UpdateAsync(Actor actor, int id, AreaInput input, uint version, CancellationToken cancellationToken = default) =>
        await ChangeAsync(actor, id, version, (db, area) =>
        {
            input.ApplyTo(area, area.Program, isNew: false);
            return Task.CompletedTask;
        }, cancellationToken);

    public Task AddMemberAsync(Actor actor, int id, AreaMemberInput input, uint version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, async (db, area) =>
        {
            var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == input.MunicipalityId && m.PrefectureId == actor.PrefectureId, cancellationToken)
                ?? throw new ValidationException(nameof(input.MunicipalityId), "構成市町村は同じ都道府県の市町村から選んでください。");
            if (area.Members.Any(m => m.MunicipalityId == municipality.Id))
            {
                throw new ValidationException(nameof(input.MunicipalityId), $"{municipality.Name}は既に構成市町村です。");
            }
            area.Members.Add(new AreaMember { MunicipalityId = municipality.Id, JoinedOn = input.JoinedOn });
        }, cancellationToken);

    /// <summary>A member leaves on a day (its earlier grants stay); one never granted may instead be removed as entered by mistake.</summary>
    public Task EndMemberAsync(Actor actor, int id, int memberId, DateOnly? leftOn, uint version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, async (db, area) =>
        {
            var member = area.Members.SingleOrDefault(m => m.Id == memberId) ?? throw new NotFoundException("指定された構成市町村は見つかりません。");
            if (leftOn is { } day)
            {
                if (member.JoinedOn is { } joined && day <= joined)
                {
                    throw new ValidationException("LeftOn", "脱退日は加入日より後の日にしてください。");
                }
                member.LeftOn = day;
                return;
            }
            if (await db.GrantShares.AnyAsync(s => s.MunicipalityId == member.MunicipalityId && db.Grants.Any(g => g.Id == s.GrantId && g.AreaId == area.Id), cancellationToken)
                || area.Secretariats.Any(s => s.MunicipalityId == member.MunicipalityId))
            {
                throw new ValidationException("LeftOn", "交付金や事務局の記録がある構成市町村は削除できません。脱退日を入力してください。");
            }
            area.Members.Remove(member);
        }, cancellationToken);

    public Task AddFieldAsync(Actor actor, int id, AreaFieldInput input, uint version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (db, area) =>
        {
            var rules = new TextRules();
            if (!Enum.IsDefined(input.Field))
            {
                rules.Add(nameof(input.Field), "分野を選んでください。");
            }
            else if (area.Fields.Any(f => f.Field == input.Field))
            {
                rules.Add(nameof(input.Field), "この分野は既に登録されています。変えるときは削除してから登録してください。");
            }
            var projects = rules.Optional(nameof(input.Projects), "具体的な内容", input.Projects, 1000);
            rules.ThrowIfInvalid();
            area.Fields.Add(new AreaVisionField { Field = input.Field, Projects = projects });
            return Task.CompletedTask;
        }, cancellationToken);

    public Task RemoveFieldAsync(Actor actor, int id, int fieldId, uint version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (db, area) =>
        {
            area.Fields.Remove(area.Fields.SingleOrDefault(f => f.Id == fieldId) ?? throw new NotFoundException("指定された分野は見つかりません。"));
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>The secretariat municipality of a fiscal year: a member of the area in that year.</summary>
    public Task SetSecretariatAsync(Actor actor, int id, AreaSecretariatInput input, uint version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (db, area) =>
        {
            var rules = new TextRules();
            var note = rules.Optional(nameof(input.Note), "備考", input.Note, 500);
            if (input.FiscalYear < area.StartFiscalYear || input.FiscalYear > area.Program.LastSupportYearOf(area.StartFiscalYear))
            {
                rules.Add(nameof(input.FiscalYear), "事務局の年度は連携地域の支援期間の中から選んでください。");
            }
            if (!area.Members.Any(m => m.MunicipalityId == input.MunicipalityId && m.IsMemberIn(input.FiscalYear)))
            {
                rules.Add(nameof(input.MunicipalityId), "事務局市町村は、その年度の構成市町村から選んでください。");
            }
            rules.ThrowIfInvalid();
            if (area.Secretariats.SingleOrDefault(s => s.FiscalYear == input.FiscalYear) is { } existing)
            {
                (existing.MunicipalityId, existing.Note) = (input.MunicipalityId, note);
            }
            else
            {
                area.Secretariats.Add(new AreaSecretariat { FiscalYear = input.FiscalYear, MunicipalityId = input.MunicipalityId, Note = note });
            }
            return Task.CompletedTask;
        }, cancellationToken);

    public Task AddMilestoneAsync(Actor actor, int id, AreaMilestoneInput input, uint version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (db, area) =>
        {
            var rules = new TextRules();
            if (!Enum.IsDefined(input.Kind))
            {
                rules.Add(nameof(input.Kind), "経過の種類を選んでください。");
            }
            var note = rules.Optional(nameof(input.Note), "内容", input.Note, 1000);
            rules.ThrowIfInvalid();
            area.Milestones.Add(new AreaMilestone { Kind = input.Kind, On = input.On, Note = note });
            return Task.CompletedTask;
        }, cancellationToken);

    public Task RemoveMilestoneAsync(Actor actor, int id, int milestoneId, uint version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (db, area) =>
        {
            area.Milestones.Remove(area.Milestones.SingleOrDefault(m => m.Id == milestoneId) ?? throw new NotFoundException("指定された経過は見つかりません。"));
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task ChangeAsync(Actor actor, int id, uint version, Func<RenkeiDbContext, CollaborationArea, Task> change, CancellationToken cancellationToken)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var area = await LoadAsync(db.CollaborationAreas, db, actor, id, cancellationToken);
        GrantAccess.EnsureManager(actor);
        db.Expect(area, version);
        await change(db, area);
        db.Touch(area, a => a.Name);
        await db.SaveAsync(DuplicateName, cancellationToken);
    }

    private static Task<CollaborationArea> LoadAsync(IQueryable<CollaborationArea> areas, RenkeiDbContext db, Actor actor, int id, CancellationToken cancellationToken) =>
        GrantAccess.FindAreaAsync(areas.Include(a => a.Program).Include(a => a.Members).ThenInclude(m => m.Municipality)
            .Include(a => a.Fields).Include(a => a.Secretariats).Include(a => a.Milestones).AsSplitQuery(), db, actor, id, cancellationToken);
}
