using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Surveys;

/// <summary>
/// Who answers and who reads. A draft is its organisation's alone; a submitted response is read by the
/// secretariat, by the support office of that municipality, and by departments once the survey has closed.
/// </summary>
internal static class SurveyAccess
{
    /// <summary>The respondent group of the actor's organisation, or a refusal for those who do not answer.</summary>
    public static RespondentGroup RespondentGroupOf(Actor actor) => actor.Role switch
    {
        Roles.MunicipalStaff when actor.OrganisationType == OrganisationType.Municipality => RespondentGroup.Municipal,
        Roles.DepartmentStaff or Roles.SupportOfficeStaff => RespondentGroup.Prefectural,
        _ => throw new ForbiddenException("調査に回答するのは市町村、県の部局、連携支援室の担当者です。"),
    };

    /// <summary>Whether the actor may see the summary and the submitted items at all.</summary>
    public static void EnsureReader(Actor actor)
    {
        if (actor.Role is not (Roles.Secretariat or Roles.SupportOfficeStaff or Roles.DepartmentStaff))
        {
            throw new ForbiddenException("集計結果を閲覧できるのは事務局、連携支援室、県の部局の担当者です。");
        }
    }

    /// <summary>The submitted responses of a survey this actor may read (whether it has closed is read in the same query).</summary>
    public static IQueryable<SurveyResponse> VisibleSubmitted(RenkeiDbContext db, Actor actor, int surveyId)
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
    public static bool CanRead(Actor actor, SurveyResponse response, NeedsSurvey survey, int? municipalitySupportOfficeId)
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
}
