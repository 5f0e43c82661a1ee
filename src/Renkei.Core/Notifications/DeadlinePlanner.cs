using Microsoft.EntityFrameworkCore;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Council;
using Renkei.Core.Data;
using Renkei.Core.Grants;
using Renkei.Core.Indicators;
using Renkei.Core.Organisations;
using Renkei.Core.Surveys;

namespace Renkei.Core.Notifications;

/// <summary>
/// Every deadline the portal knows, as of one day, for every prefecture: who still has something to do before it.
/// The notices' keys name the deadline, so planning the same day twice (or the next day) writes nothing new.
/// </summary>
internal static class DeadlinePlanner
{
    /// <summary>Days ahead a deadline is announced: 3 for surveys, materials, written answers and follow-ups; 7 for a grant's report.</summary>
    public const int Ahead = 3;
    public const int ReportAhead = 7;

    public static async Task<List<PlannedNotice>> PlanAsync(RenkeiDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var planned = new List<PlannedNotice>();
        planned.AddRange(await SurveysAsync(db, today, cancellationToken));
        planned.AddRange(await MaterialsAsync(db, today, cancellationToken));
        planned.AddRange(await WrittenAnswersAsync(db, today, cancellationToken));
        planned.AddRange(await GrantReportsAsync(db, today, cancellationToken));
        planned.AddRange(await IndicatorActualsAsync(db, today, cancellationToken));
        planned.AddRange(await FollowUpsAsync(db, today, cancellationToken));
        return planned;
    }

    /// <summary>Each open survey: to every respondent not yet submitted, its window's opening and, 3 days before, its closing.</summary>
    private static async Task<IEnumerable<PlannedNotice>> SurveysAsync(RenkeiDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var surveys = await db.NeedsSurveys.AsNoTracking().Where(s => s.Status == SurveyStatus.Open).ToListAsync(cancellationToken);
        var result = new List<PlannedNotice>();
        foreach (var survey in surveys)
        {
            var submitted = await db.SurveyResponses.Where(r => r.SurveyId == survey.Id && r.Status == ResponseStatus.Submitted).Select(r => r.OrganisationId).ToListAsync(cancellationToken);
            var respondents = await db.Organisations.Where(o => o.PrefectureId == survey.PrefectureId && !submitted.Contains(o.Id)
                    && (o is Municipality || o is Department || o is SupportOffice))
                .Select(o => new { o.Id, Municipal = o is Municipality }).ToListAsync(cancellationToken);
            foreach (var respondent in respondents)
            {
                var group = respondent.Municipal ? RespondentGroup.Municipal : RespondentGroup.Prefectural;
                var (opens, closes) = survey.WindowFor(group);
                var roles = SurveyAccess.RolesAnswering(group);
                if (today >= opens && today <= closes)
                {
                    result.Add(new(survey.PrefectureId, respondent.Id, NoticeKind.SurveyOpened, $"SurveyOpened:{survey.Id}", survey.Title, closes, PortalLinks.SurveyAnswer(survey.Id), Roles: roles));
                }
                if (today >= closes.AddDays(-Ahead) && today <= closes)
                {
                    result.Add(new(survey.PrefectureId, respondent.Id, NoticeKind.SurveyClosing, $"SurveyClosing:{survey.Id}:{closes:yyyyMMdd}", survey.Title, closes, PortalLinks.SurveyAnswer(survey.Id), Roles: roles));
                }
            }
        }
        return result;
    }

    /// <summary>Presenters whose item has no material yet, 3 days or less before the meeting's materials deadline.</summary>
    private static async Task<IEnumerable<PlannedNotice>> MaterialsAsync(RenkeiDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var until = today.AddDays(Ahead);
        var rows = await db.AgendaItems.AsNoTracking()
            .Join(db.Meetings, i => i.MeetingId, m => m.Id, (i, m) => new { Item = i, Meeting = m })
            .Where(x => x.Meeting.MaterialsDeadline >= today && x.Meeting.MaterialsDeadline <= until && x.Meeting.State < MeetingState.Held
                && x.Item.PresenterOrganisationId != null && !db.MeetingMaterials.Any(f => f.AgendaItemId == x.Item.Id))
            .Select(x => new { x.Meeting.PrefectureId, MeetingId = x.Meeting.Id, x.Meeting.Title, x.Meeting.MaterialsDeadline, Presenter = x.Item.PresenterOrganisationId!.Value })
            .Distinct().ToListAsync(cancellationToken);
        return rows.Select(r => new PlannedNotice(r.PrefectureId, r.Presenter, NoticeKind.MaterialsDue, $"MaterialsDue:{r.MeetingId}:{r.MaterialsDeadline:yyyyMMdd}",
            r.Title, r.MaterialsDeadline, PortalLinks.MeetingMaterials(r.MeetingId)));
    }

    /// <summary>Members of a written meeting's body on its deadline who have not answered, 3 days or less before it.</summary>
    private static async Task<IEnumerable<PlannedNotice>> WrittenAnswersAsync(RenkeiDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var until = today.AddDays(Ahead);
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.IsWritten && m.AnswerDeadline >= today && m.AnswerDeadline <= until && m.State < MeetingState.Held).ToListAsync(cancellationToken);
        var result = new List<PlannedNotice>();
        foreach (var meeting in meetings)
        {
            var day = meeting.AnswerDeadline!.Value;
            var members = await db.BodyMemberships.OnDay(meeting.BodyId, day).Select(m => m.OrganisationId)
                .Where(o => !db.WrittenAnswers.Any(a => a.MeetingId == meeting.Id && a.OrganisationId == o)).Distinct().ToListAsync(cancellationToken);
            result.AddRange(members.Select(o => new PlannedNotice(meeting.PrefectureId, o, NoticeKind.WrittenAnswerDue, $"WrittenAnswer:{meeting.Id}:{day:yyyyMMdd}",
                meeting.Title, day, PortalLinks.Meeting(meeting.Id))));
        }
        return result;
    }

    /// <summary>The area's secretariat municipality of the grant's year, 7 days or less before its 実績報告 is due.</summary>
    private static async Task<IEnumerable<PlannedNotice>> GrantReportsAsync(RenkeiDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var until = today.AddDays(ReportAhead);
        var rows = await db.Grants.AsNoTracking()
            .Where(g => g.State == GrantState.Awarded && g.ReportReceivedOn == null && g.ReportDueOn >= today && g.ReportDueOn <= until)
            .Select(g => new
            {
                g.Id, g.FiscalYear, g.ReportDueOn, g.Area.Program.PrefectureId, Area = g.Area.Name,
                Secretariat = g.Area.Secretariats.Where(s => s.FiscalYear == g.FiscalYear).Select(s => (int?)s.MunicipalityId).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Where(r => r.Secretariat is not null).Select(r => new PlannedNotice(r.PrefectureId, r.Secretariat!.Value, NoticeKind.GrantReportDue,
            $"GrantReport:{r.Id}:{r.ReportDueOn:yyyyMMdd}", $"{r.Area}（{new FiscalYear(r.FiscalYear).EraName}）", r.ReportDueOn, PortalLinks.Grant(r.Id)));
    }

    /// <summary>An indicator's owner department, once a year with a target has ended without an actual (submitted or approved).</summary>
    private static async Task<IEnumerable<PlannedNotice>> IndicatorActualsAsync(RenkeiDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await db.Indicators.AsNoTracking().Where(i => i.OwnerDepartmentId != null)
            .Select(i => new
            {
                i.Id, i.PrefectureId, i.Name, i.YearKind, Owner = i.OwnerDepartmentId!.Value,
                Targets = db.IndicatorTargets.Where(t => t.IndicatorId == i.Id).Select(t => t.Year).ToList(),
                Entered = db.IndicatorValues.Where(v => v.IndicatorId == i.Id && v.State != ValueState.Returned).Select(v => v.Year).ToList(),
            })
            .ToListAsync(cancellationToken);
        var result = new List<PlannedNotice>();
        foreach (var r in rows)
        {
            // The latest year that has ended: a fiscal year on 31 March, a calendar year on 31 December.
            var ended = r.YearKind == YearKind.FiscalYear ? FiscalYear.Of(today).StartYear - 1 : today.Year - 1;
            if (r.Targets.Contains(ended) && !r.Entered.Contains(ended))
            {
                result.Add(new(r.PrefectureId, r.Owner, NoticeKind.IndicatorActualDue, $"IndicatorActual:{r.Id}:{ended}", r.Name, null, PortalLinks.Indicator(r.Id), Note: ended.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        return result;
    }

    /// <summary>The keeping office of a contact record, 3 days or less before a follow-up not yet done is due.</summary>
    private static async Task<IEnumerable<PlannedNotice>> FollowUpsAsync(RenkeiDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var until = today.AddDays(Ahead);
        var rows = await db.FollowUps.AsNoTracking().Where(f => f.DoneOn == null && f.DueOn >= today && f.DueOn <= until)
            .Join(db.ContactLogEntries, f => f.EntryId, e => e.Id, (f, e) => new { f.Id, f.Task, f.DueOn, e.PrefectureId, e.KeeperOrganisationId, EntryId = e.Id })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PlannedNotice(r.PrefectureId, r.KeeperOrganisationId, NoticeKind.FollowUpDue, $"FollowUp:{r.Id}:{r.DueOn:yyyyMMdd}",
            r.Task, r.DueOn, PortalLinks.Contact(r.EntryId)));
    }
}
