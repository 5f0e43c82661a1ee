using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Surveys;

namespace Renkei.Core.Regions;

/// <summary>
/// 聞き取り: an issue the 連携支援室 heard on a visit becomes a need in the municipality's answer to the next survey,
/// entered on its behalf and marked so; the municipality confirms it (or deletes it) before it can submit.
/// </summary>
public sealed class HeardNeedService(UnitOfWork work, TimeProvider clock)
{
    /// <summary>The surveys not yet closed, newest first, with their categories.</summary>
    public async Task<IReadOnlyList<SurveyChoice>> SurveysAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        RegionAccess.EnsureKeeper(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var surveys = await db.NeedsSurveys.AsNoTracking()
            .Where(s => s.PrefectureId == actor.PrefectureId && s.Status != SurveyStatus.Closed)
            .OrderByDescending(s => s.FiscalYear)
            .Select(s => new
            {
                s.Id, s.FiscalYear, s.Title, s.Status,
                Categories = s.Categories.OrderBy(c => c.Section).ThenBy(c => c.SortOrder).Select(c => new SurveyCategoryView(c.Id, c.Section, c.Label, c.IsOther)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return surveys.Select(s => new SurveyChoice(s.Id, s.FiscalYear, s.Title, s.Status, s.Categories)).ToList();
    }

    /// <summary>Enters the need in the municipality's answer (creating the answer if it has none yet).</summary>
    public async Task<NeedItemView> AddAsync(Actor actor, int contactId, HeardNeedInput input, CancellationToken cancellationToken = default)
    {
        RegionAccess.EnsureKeeper(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var entry = await ContactLogService.FindAsync(RegionAccess.Readable(db, actor).AsNoTracking(), contactId, cancellationToken);
        if (input.MunicipalityId is not { } municipalityId || !entry.MunicipalityIds.Contains(municipalityId))
        {
            throw new ValidationException(nameof(HeardNeedInput.MunicipalityId), "市町村は、この記録で会った市町村から選んでください。");
        }
        var survey = input.SurveyId is { } surveyId
            ? await db.NeedsSurveys.SingleOrDefaultAsync(s => s.Id == surveyId && s.PrefectureId == actor.PrefectureId, cancellationToken)
            : null;
        if (survey is null || survey.Status == SurveyStatus.Closed)
        {
            throw new ValidationException(nameof(HeardNeedInput.SurveyId), "登録先の調査を、準備中か受付中の調査から選んでください。");
        }
        var response = await db.SurveyResponses.Include(r => r.Organisation)
            .SingleOrDefaultAsync(r => r.SurveyId == survey.Id && r.OrganisationId == municipalityId, cancellationToken);
        if (response is { Status: ResponseStatus.Submitted })
        {
            throw new ConflictException($"{response.Organisation.Name}はこの調査の回答を提出済みのため、追加できません。必要なら事務局（市町村課）に差戻しを依頼してください。");
        }
        if (response is { Status: ResponseStatus.AwaitingApproval or ResponseStatus.Approved })
        {
            throw new ConflictException($"{response.Organisation.Name}のこの調査の回答は決裁の手続き中のため、追加できません。{response.Organisation.Name}に決裁の取り下げを依頼してください。");
        }
        var item = new NeedItem { Title = "", HeardByOrganisationId = actor.OrganisationId, HeardInContactId = entry.Id };
        await SurveyResponseService.ApplyAsync(db, actor, survey,
            item, new NeedItemInput(input.CategoryId, input.Title, input.Urgency, null, input.Content, input.Issues), cancellationToken);
        if (response is null)
        {
            response = new SurveyResponse { SurveyId = survey.Id, OrganisationId = municipalityId, Group = RespondentGroup.Municipal };
            db.SurveyResponses.Add(response);
        }
        item.SortOrder = await SurveyResponseService.NextSortOrderAsync(db, response.Id, cancellationToken);
        response.Items.Add(item);
        response.NoNeeds = false;
        response.UpdatedAt = clock.GetUtcNow();
        await db.SaveAsync("同じ市町村の回答が同時に作られました。もう一度登録してください。", cancellationToken);
        return await SurveyResponseService.ItemViewAsync(db, item.Id, cancellationToken);
    }

    /// <summary>The needs entered from one visit, as the contact page lists them.</summary>
    internal static async Task<IReadOnlyList<HeardNeedView>> OfContactAsync(RenkeiDbContext db, int contactId, CancellationToken cancellationToken) =>
        await db.NeedItems.AsNoTracking().Where(i => i.HeardInContactId == contactId)
            .OrderBy(i => i.Response.Survey.FiscalYear).ThenBy(i => i.Id)
            .Select(i => new HeardNeedView(i.Id, i.Response.Organisation.Name, i.Response.SurveyId, i.Response.Survey.FiscalYear, i.Title,
                i.ConfirmedAt != null, i.Response.Status == ResponseStatus.Submitted))
            .ToListAsync(cancellationToken);
}
