using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Cases;

/// <summary>横展開: municipalities taking up approved cases, and the ones a case has not reached yet.</summary>
public sealed class AdoptionService(UnitOfWork work)
{
    public async Task<int> RecordAsync(Actor actor, int caseId, AdoptionInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var c = await ApprovedCaseAsync(db, actor, caseId, cancellationToken);
        await EnsureMayAdoptForAsync(db, actor, input.OrganisationId, cancellationToken);
        if (c.OrganisationIds.Contains(input.OrganisationId))
        {
            throw new ValidationException("OrganisationId", "この団体は事例に取り組んだ団体です。横展開には他の団体を選んでください。");
        }
        var adoption = new Adoption { CaseId = caseId, OrganisationId = input.OrganisationId };
        await ApplyAsync(db, actor, adoption, input, cancellationToken);
        db.Adoptions.Add(adoption);
        await db.SaveAsync("この団体の横展開は既に記録されています。段階が進んだときは、その記録を更新してください。", cancellationToken);
        return adoption.Id;
    }

    /// <summary>The stage moves on (検討中 → 実施中, or 断念 with its reason); the adopter stays the same.</summary>
    public async Task<uint> UpdateAsync(Actor actor, int adoptionId, AdoptionInput input, uint version, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var adoption = await db.Adoptions
            .SingleOrDefaultAsync(a => a.Id == adoptionId && db.Cases.Any(c => c.Id == a.CaseId && c.PrefectureId == actor.PrefectureId), cancellationToken)
            ?? throw new NotFoundException("指定された横展開の記録は見つかりません。");
        await ApprovedCaseAsync(db, actor, adoption.CaseId, cancellationToken);
        await EnsureMayAdoptForAsync(db, actor, adoption.OrganisationId, cancellationToken);
        if (input.OrganisationId != adoption.OrganisationId)
        {
            throw new ValidationException("OrganisationId", "記録した団体は変更できません。");
        }
        db.Expect(adoption, version);
        await ApplyAsync(db, actor, adoption, input, cancellationToken);
        await db.SaveAsync(cancellationToken);
        return adoption.Version;
    }

    /// <summary>
    /// The municipalities the case has not reached, most like those it has first: same region, same population band,
    /// and a need raised in the survey under one of the case's fields. Those sharing nothing are left out.
    /// </summary>
    public async Task<IReadOnlyList<ReachCandidate>> NotYetReachedAsync(Actor actor, int caseId, int take = 10, CancellationToken cancellationToken = default)
    {
        if (!CaseAccess.MaySeeReach(actor))
        {
            throw new ForbiddenException("未展開の市町村の一覧は、事務局・連携支援室・県の部局の職員が使えます。");
        }
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var c = await ApprovedCaseAsync(db, actor, caseId, cancellationToken);
        var adopters = await db.Adoptions.Where(a => a.CaseId == caseId).Select(a => a.OrganisationId).ToListAsync(cancellationToken);
        var reached = c.OrganisationIds.Concat(adopters).ToHashSet();
        var facts = await MunicipalityFacts.LoadAsync(db, actor.PrefectureId, cancellationToken);
        var regions = reached.Select(o => facts.GetValueOrDefault(o)?.Region).OfType<string>().ToHashSet();
        var bands = reached.Select(o => facts.GetValueOrDefault(o)?.Band).OfType<PopulationBand>().ToHashSet();
        var fields = c.Fields;
        var raised = (await db.NeedItems.AsNoTracking()
                .Where(i => i.Response.Survey.PrefectureId == actor.PrefectureId && i.Response.SubmittedAt != null && fields.Contains(i.Category.Label))
                .Select(i => new { i.Response.OrganisationId, i.Category.Label })
                .Distinct().ToListAsync(cancellationToken))
            .GroupBy(x => x.OrganisationId).ToDictionary(g => g.Key, g => g.Select(x => x.Label).Order().ToList());
        return facts.Values.Where(f => f.Region is not null && !reached.Contains(f.Id))
            .Select(f => new ReachCandidate(f.Id, f.Name, f.Region!, f.Band, Reasons(f, regions, bands, raised.GetValueOrDefault(f.Id))))
            .Where(r => r.Reasons.Count > 0)
            .OrderByDescending(r => r.Reasons.Count).ThenBy(r => r.OrganisationId)
            .Take(Math.Clamp(take, 1, 100)).ToList();
    }

    private static List<string> Reasons(MunicipalityFacts f, HashSet<string> regions, HashSet<PopulationBand> bands, List<string>? raised)
    {
        var reasons = new List<string>();
        if (regions.Contains(f.Region!))
        {
            reasons.Add($"同じ地域（{f.Region}）");
        }
        if (f.Band is { } band && bands.Contains(band))
        {
            reasons.Add("人口規模が近い");
        }
        if (raised is { Count: > 0 })
        {
            reasons.Add($"同じ分野のニーズを回答（{string.Join("、", raised)}）");
        }
        return reasons;
    }

    private static async Task<Case> ApprovedCaseAsync(RenkeiDbContext db, Actor actor, int caseId, CancellationToken cancellationToken)
    {
        var c = await CaseAccess.FindVisibleAsync(db.Cases.AsNoTracking(), actor, caseId, cancellationToken);
        return c.State == CaseState.Approved ? c : throw new ConflictException("承認前の事例には横展開を記録できません。");
    }

    private static async Task EnsureMayAdoptForAsync(RenkeiDbContext db, Actor actor, int organisationId, CancellationToken cancellationToken)
    {
        if (!await db.Municipalities.Where(CaseAccess.MayAdoptFor(actor)).AnyAsync(m => m.Id == organisationId, cancellationToken))
        {
            throw new ForbiddenException("横展開を記録できるのは、その市町村の職員、担当する連携支援室、事務局です。");
        }
    }

    private static async Task ApplyAsync(RenkeiDbContext db, Actor actor, Adoption adoption, AdoptionInput input, CancellationToken cancellationToken)
    {
        var rules = new TextRules();
        var reason = rules.Optional("Reason", "断念の理由", input.Reason, 1000);
        var changes = rules.Optional("Changes", "変更した点", input.Changes, 2000);
        if (!Enum.IsDefined(input.Stage))
        {
            rules.Add("Stage", "段階を選んでください。");
        }
        else if (input.Stage == AdoptionStage.Abandoned && reason is null)
        {
            rules.Add("Reason", "断念したときは、その理由を入力してください（次に取り組む団体の参考になります）。");
        }
        if (!SaneDates.Contains(input.On))
        {
            rules.Add("On", SaneDates.Message);
        }
        if (input.ThemeId is { } theme && !await db.Themes.AnyAsync(t => t.Id == theme && t.PrefectureId == actor.PrefectureId, cancellationToken))
        {
            rules.Add("ThemeId", "連携テーマが見つかりません。");
        }
        rules.ThrowIfInvalid();
        adoption.On = input.On;
        adoption.Stage = input.Stage;
        adoption.Reason = input.Stage == AdoptionStage.Abandoned ? reason : null;
        adoption.Changes = changes;
        adoption.ThemeId = input.ThemeId;
    }
}
