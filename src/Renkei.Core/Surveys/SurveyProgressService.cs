using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;

namespace Renkei.Core.Surveys;

/// <summary>
/// Who has answered: every respondent organisation with its state. The secretariat sees all of them;
/// a support office sees the municipalities of its jurisdiction.
/// </summary>
public sealed class SurveyProgressService(UnitOfWork work)
{
    public async Task<SurveyProgress> GetAsync(Actor actor, int surveyId, CancellationToken cancellationToken = default)
    {
        if (!SurveyAccess.MaySeeProgress(actor))
        {
            throw new ForbiddenException("回答状況を確認できるのは事務局（市町村課）と連携支援室です。");
        }
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var survey = await SurveyResponseService.FindSurveyAsync(db, actor, surveyId, cancellationToken);

        var respondents = await Respondents(db, actor)
            .Select(o => new
            {
                o.Id, o.Name, IsMunicipality = o is Municipality,
                Region = o is Municipality ? ((Municipality)o).Region : null,
                Code = o is Municipality ? ((Municipality)o).Code.Value : null,
            })
            .ToListAsync(cancellationToken);
        var ids = respondents.Select(r => r.Id).ToList();
        var responses = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.SurveyId == survey.Id && ids.Contains(r.OrganisationId))
            .Select(r => new { r.Id, r.OrganisationId, r.Status, r.SubmittedAt, r.NoNeeds, r.ApprovedAt, Items = r.Items.Count })
            .ToDictionaryAsync(r => r.OrganisationId, cancellationToken);

        var rows = respondents
            .OrderBy(r => r.IsMunicipality ? 0 : 1).ThenBy(r => r.Code).ThenBy(r => r.Id)
            .Select(o =>
            {
                responses.TryGetValue(o.Id, out var r);
                var state = r switch
                {
                    null => ProgressState.NotStarted,
                    { Status: ResponseStatus.Submitted } => ProgressState.Submitted,
                    { Status: ResponseStatus.Returned } => ProgressState.Returned,
                    { Status: ResponseStatus.AwaitingApproval } => ProgressState.AwaitingApproval,
                    { Status: ResponseStatus.Approved } => ProgressState.Approved,
                    { Items: > 0 } => ProgressState.InProgress,
                    _ => ProgressState.NotStarted,
                };
                return new ProgressRow(o.Id, o.Name, o.IsMunicipality ? RespondentGroup.Municipal : RespondentGroup.Prefectural, o.Region, state,
                    r?.SubmittedAt, r?.Items ?? 0, r?.NoNeeds ?? false, r?.Id, r?.ApprovedAt);
            })
            .ToList();
        return new SurveyProgress(survey.Id, survey.FiscalYear, survey.Title, survey.Status, survey.LastReminderSentAt, rows, SurveyAccess.MayManage(actor));
    }

    /// <summary>The organisations expected to answer, within the actor's scope.</summary>
    internal static IQueryable<Organisation> Respondents(RenkeiDbContext db, Actor actor) =>
        actor.IsSecretariat
            ? AllRespondents(db, actor.PrefectureId)
            : db.Organisations.Where(o => o.PrefectureId == actor.PrefectureId && o is Municipality && ((Municipality)o).SupportOfficeId == actor.OrganisationId);

    /// <summary>Every organisation of the prefecture that answers the survey: municipalities, support offices, departments but the secretariat.</summary>
    internal static IQueryable<Organisation> AllRespondents(RenkeiDbContext db, int prefectureId) =>
        db.Organisations.Where(o => o.PrefectureId == prefectureId
            && (o is Municipality || o is SupportOffice || (o is Department && !((Department)o).IsSecretariat)));
}
