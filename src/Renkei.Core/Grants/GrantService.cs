using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Grants;

/// <summary>
/// The life of a grant: application (the area's secretariat municipality) → 交付決定 and 交付 (the program's
/// secretariat) → 実績報告 (the area's secretariat municipality). Every step carries the grant's version, so two
/// people cannot both pass a rule on its totals.
/// </summary>
public sealed class GrantService(UnitOfWork work)
{
    public async Task<GrantView> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var grant = await LoadAsync(db, db.Grants.AsNoTracking(), actor, id, cancellationToken);
        var program = grant.Area.Program;
        var manage = GrantAccess.MayManage(actor);
        return new GrantView(grant.Id, grant.AreaId, grant.Area.Name, program.Id, program.Name, grant.FiscalYear, grant.State, grant.AppliedOn,
            grant.AwardedOn, grant.Conditions, grant.ReportDueOn, grant.ReportReceivedOn, grant.ReportSummary,
            grant.Shares.OrderBy(s => s.Municipality.Code.Value, StringComparer.Ordinal).Select(s => new GrantShareView(s.Id, s.MunicipalityId,
                s.Municipality.Name, s.AmountAppliedFor, s.AmountAwarded, s.AmountDisbursed, s.AmountUsed, s.AmountReturned,
                s.Disbursements.OrderBy(d => d.PaidOn).ThenBy(d => d.Id).Select(d => new DisbursementView(d.Id, d.PaidOn, d.Amount)).ToList())).ToList(),
            grant.Projects.OrderBy(p => p.Id).Select(p => new GrantProjectView(p.Id, p.Field, p.Name, p.PlannedAmount, p.Result, p.AmountUsed)).ToList(),
            program.CapPerMember, program.Allocation,
            CanDecide: manage && grant.State == GrantState.Applied,
            CanDisburse: manage && grant.State == GrantState.Awarded && grant.Shares.Any(s => (s.AmountAwarded ?? 0) > s.AmountDisbursed),
            CanReport: grant.State == GrantState.Awarded && GrantAccess.MayApply(actor, grant.Area, grant.FiscalYear),
            grant.Version);
    }

    public async Task<int> ApplyAsync(Actor actor, int areaId, ApplicationInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var area = await GrantAccess.FindAreaAsync(db.CollaborationAreas.Include(a => a.Program).Include(a => a.Members).ThenInclude(m => m.Municipality)
            .Include(a => a.Secretariats), db, actor, areaId, cancellationToken);
        GrantAccess.EnsureApplicant(actor, area, input.FiscalYear);
        var program = area.Program;
        var rules = new TextRules();
        GrantRules.CheckSupportYear(rules, program, area, input.FiscalYear);
        var members = area.Members.Where(m => m.IsMemberIn(input.FiscalYear)).ToDictionary(m => m.MunicipalityId, m => m.Municipality.Name);
        if (input.Shares.Count == 0)
        {
            rules.Add("Shares", "申請額を構成市町村ごとに入力してください。");
        }
        foreach (var share in input.Shares)
        {
            if (!members.ContainsKey(share.MunicipalityId))
            {
                rules.Add("Shares", "申請額は、その年度の構成市町村について入力してください。");
            }
        }
        if (input.Shares.Select(s => s.MunicipalityId).Distinct().Count() != input.Shares.Count)
        {
            rules.Add("Shares", "同じ市町村の申請額が2回入力されています。");
        }
        // What cannot be awarded cannot be applied for: the same caps.
        GrantRules.CheckAward(rules, program, input.Shares.Select(s => (members.GetValueOrDefault(s.MunicipalityId, "?"), s.Amount)).ToList());
        if (input.Projects.Count == 0)
        {
            rules.Add("Projects", "事業を1件以上入力してください。");
        }
        var projects = input.Projects.Select(p =>
        {
            if (!Enum.IsDefined(p.Field))
            {
                rules.Add("Projects", "事業の分野を選んでください。");
            }
            if (p.PlannedAmount is < 0)
            {
                rules.Add("Projects", "事業費は0円以上で入力してください。");
            }
            return new GrantProject { Field = p.Field, Name = rules.Required("Projects", "事業名", p.Name, 200), PlannedAmount = p.PlannedAmount };
        }).ToList();
        rules.ThrowIfInvalid();
        var grant = new Grant
        {
            Area = area,
            FiscalYear = input.FiscalYear,
            State = GrantState.Applied,
            AppliedOn = input.AppliedOn,
            Shares = input.Shares.Select(s => new GrantShare { MunicipalityId = s.MunicipalityId, AmountAppliedFor = s.Amount }).ToList(),
            Projects = projects,
        };
        db.Grants.Add(grant);
        await db.SaveAsync("この年度の申請は既にあります。", cancellationToken);
        return grant.Id;
    }

    /// <summary>An application not yet decided may be withdrawn by whoever may apply.</summary>
    public Task WithdrawAsync(Actor actor, int id, uint version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (db, grant) =>
        {
            GrantAccess.EnsureApplicant(actor, grant.Area, grant.FiscalYear);
            EnsureState(grant, GrantState.Applied, "交付決定の後は取り下げできません。");
            db.Grants.Remove(grant);
            return false;
        }, cancellationToken);

    public Task DecideAsync(Actor actor, int id, AwardInput input, uint version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (db, grant) =>
        {
            GrantAccess.EnsureManager(actor);
            EnsureState(grant, GrantState.Applied, "この申請は既に交付決定されています。");
            var program = grant.Area.Program;
            var rules = new TextRules();
            GrantRules.CheckSupportYear(rules, program, grant.Area, grant.FiscalYear);
            var awards = GrantRules.Once(input.Shares, s => s.MunicipalityId, "Shares", "市町村の交付決定額").ToDictionary(a => a.Key, a => a.Value.Amount);
            if (grant.Shares.Any(s => !awards.ContainsKey(s.MunicipalityId)) || awards.Keys.Any(m => grant.Shares.All(s => s.MunicipalityId != m)))
            {
                rules.Add("Shares", "交付決定額は、申請した構成市町村それぞれについて入力してください（交付しない市町村は0円）。");
            }
            GrantRules.CheckAward(rules, program, grant.Shares.Select(s => (s.Municipality.Name, awards.GetValueOrDefault(s.MunicipalityId))).ToList());
            GrantRules.CheckReportDue(rules, grant.FiscalYear, input.ReportDueOn);
            if (input.AwardedOn < grant.AppliedOn)
            {
                rules.Add("AwardedOn", $"交付決定日は申請日（{grant.AppliedOn:yyyy年M月d日}）以降にしてください。");
            }
            grant.Conditions = rules.Optional("Conditions", "交付の条件", input.Conditions, 2000);
            rules.ThrowIfInvalid();
            foreach (var share in grant.Shares)
            {
                share.AmountAwarded = awards[share.MunicipalityId];
            }
            (grant.AwardedOn, grant.ReportDueOn, grant.State) = (input.AwardedOn, input.ReportDueOn, GrantState.Awarded);
            return true;
        }, cancellationToken);

    public Task DisburseAsync(Actor actor, int id, DisbursementInput input, uint version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (db, grant) =>
        {
            GrantAccess.EnsureManager(actor);
            EnsureState(grant, GrantState.Awarded, grant.State == GrantState.Applied ? "交付決定の前には交付できません。" : "実績報告の後には交付できません。");
            var share = grant.Shares.SingleOrDefault(s => s.MunicipalityId == input.MunicipalityId)
                ?? throw new ValidationException("MunicipalityId", "交付先は、この交付金の構成市町村から選んでください。");
            var rules = new TextRules();
            GrantRules.CheckDisbursement(rules, share.Municipality.Name, share.AmountAwarded ?? 0, share.AmountDisbursed, input.Amount);
            if (input.PaidOn < grant.AwardedOn)
            {
                rules.Add("PaidOn", $"交付日は交付決定日（{grant.AwardedOn:yyyy年M月d日}）以降にしてください。");
            }
            rules.ThrowIfInvalid();
            share.Disbursements.Add(new Disbursement { PaidOn = input.PaidOn, Amount = input.Amount });
            return true;
        }, cancellationToken);

    public Task ReportAsync(Actor actor, int id, ReportInput input, uint version, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, id, version, (db, grant) =>
        {
            GrantAccess.EnsureApplicant(actor, grant.Area, grant.FiscalYear);
            EnsureState(grant, GrantState.Awarded, grant.State == GrantState.Applied ? "交付決定の前には実績報告できません。" : "実績報告は既に受け付けています。");
            var rules = new TextRules();
            var summary = rules.Optional("Summary", "実績の概要", input.Summary, 4000);
            var used = GrantRules.Once(input.Used, u => u.MunicipalityId, "Used", "市町村の使用額").ToDictionary(u => u.Key, u => u.Value.Amount);
            foreach (var share in grant.Shares)
            {
                if (!used.TryGetValue(share.MunicipalityId, out var amount))
                {
                    rules.Add("Used", $"{share.Municipality.Name}の使用額を入力してください（使わなかったときは0円）。");
                    continue;
                }
                GrantRules.CheckUsed(rules, share.Municipality.Name, share.AmountDisbursed, amount);
            }
            var results = GrantRules.Once(input.Projects, p => p.ProjectId, "Projects", "事業の実績");
            foreach (var project in grant.Projects)
            {
                if (results.TryGetValue(project.Id, out var result))
                {
                    project.Result = rules.Optional("Projects", $"「{project.Name}」の実績", result.Result, 2000);
                    if (result.AmountUsed is < 0)
                    {
                        rules.Add("Projects", $"「{project.Name}」の事業費は0円以上で入力してください。");
                    }
                    project.AmountUsed = result.AmountUsed;
                }
            }
            if (results.Keys.Any(k => grant.Projects.All(p => p.Id != k)))
            {
                rules.Add("Projects", "この交付金にない事業の実績が含まれています。");
            }
            if (input.ReceivedOn < grant.AwardedOn)
            {
                rules.Add("ReceivedOn", "報告日は交付決定日以降にしてください。");
            }
            rules.ThrowIfInvalid();
            foreach (var share in grant.Shares)
            {
                share.AmountUsed = used[share.MunicipalityId];
            }
            (grant.ReportReceivedOn, grant.ReportSummary, grant.State) = (input.ReceivedOn, summary, GrantState.Reported);
            return true;
        }, cancellationToken);

    private static void EnsureState(Grant grant, GrantState state, string message)
    {
        if (grant.State != state)
        {
            throw new ConflictException(message);
        }
    }

    /// <summary>Loads the grant with the version shown, applies the step (true = the grant's row is written) and saves once.</summary>
    private async Task ChangeAsync(Actor actor, int id, uint version, Func<RenkeiDbContext, Grant, bool> change, CancellationToken cancellationToken)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var grant = await LoadAsync(db, db.Grants, actor, id, cancellationToken);
        db.Expect(grant, version);
        if (change(db, grant))
        {
            db.Touch(grant, g => g.State);
        }
        await db.SaveAsync(cancellationToken);
    }

    private static async Task<Grant> LoadAsync(RenkeiDbContext db, IQueryable<Grant> grants, Actor actor, int id, CancellationToken cancellationToken)
    {
        var readable = GrantAccess.Readable(db, actor).Select(a => a.Id);
        return await grants.Include(g => g.Area).ThenInclude(a => a.Program).Include(g => g.Area).ThenInclude(a => a.Secretariats)
                .Include(g => g.Shares).ThenInclude(s => s.Municipality).Include(g => g.Shares).ThenInclude(s => s.Disbursements)
                .Include(g => g.Projects).AsSplitQuery()
                .SingleOrDefaultAsync(g => g.Id == id && readable.Contains(g.AreaId), cancellationToken)
            ?? throw new NotFoundException("指定された交付金は見つかりません。");
    }
}
