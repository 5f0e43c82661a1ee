using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;
using System.Linq.Expressions;

namespace Renkei.Core.Surveys;

/// <summary>
/// Who answers and who reads. A draft is its organisation's alone; a submitted response is read by the
/// secretariat, by the support office of that municipality, and by departments once the survey has closed.
/// </summary>
public static class SurveyAccess
{
    /// <summary>Municipalities, departments and support offices answer the survey.</summary>
    public static bool MayAnswer(Actor actor) => TryRespondentGroupOf(actor) is not null;

    /// <summary>Create, open, extend, close a survey; return a response; send reminders: the secretariat.</summary>
    public static bool MayManage(Actor actor) => actor.IsSecretariat;

    /// <summary>Who has answered and who has not: the secretariat, and a support office for its municipalities.</summary>
    public static bool MaySeeProgress(Actor actor) => actor.Role is Roles.Secretariat or Roles.SupportOfficeStaff;

    /// <summary>The summary and the submitted items.</summary>
    public static bool MayReadSummary(Actor actor) => actor.Role is Roles.Secretariat or Roles.SupportOfficeStaff or Roles.DepartmentStaff;

    /// <summary>The deadline that applies to the actor's own answer (null for those who do not answer).</summary>
    public static DateOnly? DeadlineFor(Actor actor, NeedsSurvey survey) => TryRespondentGroupOf(actor) switch
    {
        RespondentGroup.Municipal => survey.MunicipalClosesOn,
        RespondentGroup.Prefectural => survey.DepartmentClosesOn,
        _ => null,
    };

    /// <summary>The roles that answer for a group's organisations (a municipality's staff; a department's or support office's).</summary>
    internal static IReadOnlyList<string> RolesAnswering(RespondentGroup group) =>
        group == RespondentGroup.Municipal ? [Roles.MunicipalStaff] : [Roles.DepartmentStaff, Roles.SupportOfficeStaff];

    private static RespondentGroup? TryRespondentGroupOf(Actor actor) =>
        actor.OrganisationType == OrganisationType.Municipality && RolesAnswering(RespondentGroup.Municipal).Contains(actor.Role) ? RespondentGroup.Municipal
        : RolesAnswering(RespondentGroup.Prefectural).Contains(actor.Role) ? RespondentGroup.Prefectural
        : null;

    /// <summary>The respondent group of the actor's organisation, or a refusal for those who do not answer.</summary>
    internal static RespondentGroup RespondentGroupOf(Actor actor) =>
        TryRespondentGroupOf(actor) ?? throw new ForbiddenException("調査に回答するのは市町村、県の部局、連携支援室の担当者です。");

    /// <summary>Refuses (403) anyone but the secretariat, saying what only it may do.</summary>
    internal static void EnsureManager(Actor actor, string refusal)
    {
        if (!MayManage(actor))
        {
            throw new ForbiddenException(refusal);
        }
    }

    /// <summary>Whether the actor may see the summary and the submitted items at all.</summary>
    internal static void EnsureReader(Actor actor)
    {
        if (!MayReadSummary(actor))
        {
            throw new ForbiddenException("集計結果を閲覧できるのは事務局、連携支援室、県の部局の担当者です。");
        }
    }

    /// <summary>The municipalities whose answers the actor narrows the summary to: a support office within its jurisdiction.</summary>
    internal static IQueryable<Municipality> NarrowableMunicipalities(RenkeiDbContext db, Actor actor)
    {
        var municipalities = db.Municipalities.AsNoTracking().Where(m => m.PrefectureId == actor.PrefectureId);
        return actor.Role == Roles.SupportOfficeStaff ? municipalities.Where(m => m.SupportOfficeId == actor.OrganisationId) : municipalities;
    }

    /// <summary>The submitted responses of a survey this actor may read (whether it has closed is read in the same query).</summary>
    internal static IQueryable<SurveyResponse> VisibleSubmitted(RenkeiDbContext db, Actor actor, int surveyId)
    {
        // Callers have checked that the survey belongs to the actor's prefecture.
        var submitted = db.SurveyResponses.Where(r => r.SurveyId == surveyId && r.Status == ResponseStatus.Submitted);
        return actor.Role switch
        {
            Roles.Secretariat => submitted,
            Roles.SupportOfficeStaff => submitted.Where(r =>
                r.OrganisationId == actor.OrganisationId
                || db.Municipalities.Any(m => m.Id == r.OrganisationId && m.SupportOfficeId == actor.OrganisationId)
                || (r.Survey.Status == SurveyStatus.Closed && r.Group == RespondentGroup.Prefectural)),
            Roles.DepartmentStaff => submitted.Where(r => r.Survey.Status == SurveyStatus.Closed || r.OrganisationId == actor.OrganisationId),
            _ => submitted.Where(r => r.OrganisationId == actor.OrganisationId),
        };
    }

    /// <summary>True when the actor may read this one whole response (drafts only by their organisation).</summary>
    internal static bool CanRead(Actor actor, SurveyResponse response, NeedsSurvey survey, int? municipalitySupportOfficeId)
    {
        if (response.OrganisationId == actor.OrganisationId)
        {
            return true;
        }
        if (response.Status != ResponseStatus.Submitted)
        {
            return false;
        }
        return actor.Role switch
        {
            Roles.Secretariat => true,
            Roles.SupportOfficeStaff => municipalitySupportOfficeId == actor.OrganisationId
                || (survey.Status == SurveyStatus.Closed && response.Group == RespondentGroup.Prefectural),
            // Departments read the items once the survey has closed (the summary's drill-down), not whole responses.
            _ => false,
        };
    }
    /// <summary>
    /// A need's own visibility, on top of the response's reading rules: a 部外秘 need is read only by its organisation,
    /// the secretariat and — for a municipality's — its 連携支援室 (not by departments, other offices or other members).
    /// </summary>
    internal static Expression<Func<NeedItem, bool>> ItemVisible(RenkeiDbContext db, Actor actor)
    {
        var organisation = actor.OrganisationId;
        return actor.Role switch
        {
            Roles.Secretariat => i => true,
            Roles.SupportOfficeStaff => i => i.Visibility != Visibility.Confidential || i.Response.OrganisationId == organisation
                || db.Municipalities.Any(m => m.Id == i.Response.OrganisationId && m.SupportOfficeId == organisation),
            _ => i => i.Visibility != Visibility.Confidential || i.Response.OrganisationId == organisation,
        };
    }

    /// <summary>
    /// Every need item the actor may open, as a query (the search's rule, the same as <see cref="CanRead"/>): its own
    /// organisation's in any state, and submitted ones of responses it may read.
    /// </summary>
    internal static IQueryable<NeedItem> ReadableItems(RenkeiDbContext db, Actor actor)
    {
        var organisation = actor.OrganisationId;
        var items = db.NeedItems.Where(i => i.Response.Survey.PrefectureId == actor.PrefectureId);
        return actor.Role switch
        {
            Roles.Secretariat => items.Where(i => i.Response.OrganisationId == organisation || i.Response.Status == ResponseStatus.Submitted),
            Roles.SupportOfficeStaff => items.Where(i => i.Response.OrganisationId == organisation
                || (i.Response.Status == ResponseStatus.Submitted
                    && (db.Municipalities.Any(m => m.Id == i.Response.OrganisationId && m.SupportOfficeId == organisation)
                        || (i.Response.Survey.Status == SurveyStatus.Closed && i.Response.Group == RespondentGroup.Prefectural
                            && i.Visibility != Visibility.Confidential)))),
            _ => items.Where(i => i.Response.OrganisationId == organisation),
        };
    }
}
