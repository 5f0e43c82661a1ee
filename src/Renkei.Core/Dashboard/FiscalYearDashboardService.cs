using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;
using Renkei.Core.Themes;

namespace Renkei.Core.Dashboard;

/// <summary>
/// The fiscal-year dashboard: survey progress, needs by triage state, themes by state and method, each
/// municipality's standing with its visits (市町村訪問) in the year, and what is overdue (needs untriaged 30 days after the survey closed, themes
/// without movement for 90 days).
/// </summary>
public sealed class FiscalYearDashboardService(
    UnitOfWork work, NeedsSurveyService surveys, SurveyProgressService progress, ThemeService themes, Regions.ContactLogService contacts,
    Indicators.IndicatorService indicatorService, TimeProvider clock)
{
    public const int NeedsGraceDays = 30;
    public const int ThemeStaleDays = 90;

    public async Task<FiscalYearDashboard> GetAsync(Actor actor, int? fiscalYear = null, CancellationToken cancellationToken = default)
    {
        ThemeAccess.EnsureTriager(actor);
        var today = JapanDate.Today(clock);
        var year = fiscalYear ?? FiscalYear.Of(today).StartYear;
        var all = await surveys.ListAsync(actor, cancellationToken);
        var survey = all.SingleOrDefault(s => s.FiscalYear == year);
        var years = all.Select(s => s.FiscalYear).Append(FiscalYear.Of(today).StartYear).Distinct().OrderDescending().ToList();
        var surveyProgress = survey is { Status: not SurveyStatus.Draft } ? await progress.GetAsync(actor, survey.Id, cancellationToken) : null;

        await using var db = await work.OpenAsync(actor, cancellationToken);
        // Needs of this year's survey in scope, with their triage state (none = 未確認).
        var needs = survey is null
            ? []
            : await ThemeAccess.TriageableItems(db, actor)
                .Where(i => i.Response.SurveyId == survey.Id)
                .Select(i => new { i.Response.OrganisationId, State = db.NeedTriage.Where(t => t.NeedItemId == i.Id).Select(t => (TriageState?)t.State).FirstOrDefault() ?? TriageState.Unreviewed })
                .ToListAsync(cancellationToken);
        var needsByState = Enum.GetValues<TriageState>().ToDictionary(s => s, s => needs.Count(n => n.State == s));

        var themeList = await themes.ListAsync(actor, cancellationToken);
        var themesByState = Enum.GetValues<ThemeState>().ToDictionary(s => s, s => themeList.Count(t => t.State == s));
        var open = themeList.Where(t => t.State.IsOpen()).ToList();
        var byMethod = Enum.GetValues<DeploymentMethod>().ToDictionary(m => m, m => open.Count(t => t.DeploymentMethod == m));

        var municipalities = await db.Municipalities.AsNoTracking()
            .Where(m => m.PrefectureId == actor.PrefectureId && (actor.IsSecretariat || m.SupportOfficeId == actor.OrganisationId))
            .OrderBy(m => m.Code)
            .Select(m => new { m.Id, m.Name, m.Region })
            .ToListAsync(cancellationToken);
        var visits = (await contacts.VisitsAsync(actor, year, cancellationToken)).ToDictionary(v => v.MunicipalityId);
        var standings = municipalities.Select(m => new MunicipalityStanding(m.Id, m.Name, m.Region,
                surveyProgress?.Rows.FirstOrDefault(r => r.OrganisationId == m.Id)?.State,
                needs.Count(n => n.OrganisationId == m.Id), needs.Count(n => n.OrganisationId == m.Id && n.State == TriageState.Unreviewed),
                themeList.Where(t => t.ParticipantIds.Contains(m.Id)).Select(t => new ThemeRef(t.Id, t.Title, t.State)).ToList(),
                visits.GetValueOrDefault(m.Id)?.Visits ?? 0, visits.GetValueOrDefault(m.Id)?.LastVisit))
            .ToList();

        DateOnly? overdueSince = survey is { Status: SurveyStatus.Closed } ? survey.MunicipalClosesOn.AddDays(NeedsGraceDays) : null;
        var overdueNeeds = overdueSince is { } since && today > since ? needsByState[TriageState.Unreviewed] : 0;
        var now = clock.GetUtcNow();
        var overdueThemes = open.Where(t => t.StateChangedAt < now.AddDays(-ThemeStaleDays))
            .OrderBy(t => t.StateChangedAt)
            .Select(t => new OverdueTheme(t.Id, t.Title, t.State, t.StateChangedAt, (int)(now - t.StateChangedAt).TotalDays))
            .ToList();

        // 見える化 and 横展開 of the year: cases approved in it and adoptions dated in it, of the cases the actor may see.
        var fy = new FiscalYear(year);
        var (start, end) = (JapanDate.StartOf(fy.FirstDay), JapanDate.StartOf(fy.LastDay.AddDays(1)));
        var visible = db.Cases.Where(Cases.CaseAccess.Visible(actor)).Where(c => c.State == Cases.CaseState.Approved);
        var casesApproved = await visible.CountAsync(c => c.ApprovedAt >= start && c.ApprovedAt < end, cancellationToken);
        var adoptions = await db.Adoptions.CountAsync(a => a.On >= fy.FirstDay && a.On <= fy.LastDay && visible.Any(c => c.Id == a.CaseId), cancellationToken);

        // The year's grants to collaboration areas (decided, and used by the reports received) and the indicators behind target.
        var grants = db.GrantShares.Where(s => db.Grants.Any(g => g.Id == s.GrantId && g.FiscalYear == year && g.State != Grants.GrantState.Applied
            && g.Area.Program.PrefectureId == actor.PrefectureId));
        var awarded = await grants.SumAsync(s => s.AmountAwarded ?? 0, cancellationToken);
        var used = await grants.SumAsync(s => s.AmountUsed ?? 0, cancellationToken);
        var behind = (await indicatorService.BehindTargetAsync(actor, cancellationToken)).Count; // one rule for "behind", the indicators' own

        return new FiscalYearDashboard(year, years, survey, surveyProgress, needsByState, themesByState, byMethod, open.Count(t => t.DeploymentMethod is null),
            standings, overdueNeeds, overdueSince, overdueThemes, casesApproved, adoptions, awarded, used, behind);
    }
}
