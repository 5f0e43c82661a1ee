using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Surveys;

/// <summary>
/// Counts and lists what has been submitted, within what the actor may read. The <c>*</c> mark says the
/// prefectural side raised the same category; it is part of the published table, so it is computed
/// over every submitted prefectural answer.
/// </summary>
public sealed class SurveySummaryService(UnitOfWork work)
{
    /// <summary>
    /// One query: the categories of the survey left-joined to one grouped pass over the visible items, with the
    /// respondent counts as uncorrelated subqueries (computed once). The benchmark in bench/ holds this to
    /// the hand-written SQL.
    /// </summary>
    /// <summary>The municipalities the caller may narrow the summary to: all of the prefecture, a support office its own.</summary>
    public async Task<IReadOnlyList<SummaryMunicipalityChoice>> ListFilterChoicesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        SurveyAccess.EnsureReader(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        return await SurveyAccess.NarrowableMunicipalities(db, actor)
            .OrderBy(m => m.Code)
            .Select(m => new SummaryMunicipalityChoice(m.Id, m.Name, m.Region))
            .ToListAsync(cancellationToken);
    }

    public async Task<SurveySummary> GetAsync(Actor actor, int surveyId, SummaryFilter? filter = null, CancellationToken cancellationToken = default)
    {
        SurveyAccess.EnsureReader(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var visible = Narrow(db, SurveyAccess.VisibleSubmitted(db, actor, surveyId), filter?.Region, filter?.MunicipalityId);
        // Counts only what the reader could open in the drill-down (no 部外秘 needs of others).
        var itemVisible = SurveyAccess.ItemVisible(db, actor);
        var counts = visible
            .SelectMany(r => r.Items.AsQueryable().Where(itemVisible), (r, i) => new { r.Group, i.CategoryId })
            .GroupBy(x => x.CategoryId)
            .Select(g => new
            {
                CategoryId = g.Key,
                Municipal = g.Count(x => x.Group == RespondentGroup.Municipal),
                Prefectural = g.Count(x => x.Group == RespondentGroup.Prefectural),
            });
        var rows = await (
                from c in db.SurveyCategories
                where c.SurveyId == surveyId && c.Survey.PrefectureId == actor.PrefectureId
                join n in counts on c.Id equals n.CategoryId into found
                from n in found.DefaultIfEmpty()
                orderby c.Section, c.SortOrder
                select new
                {
                    c.Survey.FiscalYear, c.Survey.Title, c.Survey.Status,
                    c.Id, c.Section, c.Label, c.IsOther,
                    Municipal = (int?)n.Municipal ?? 0,
                    Prefectural = (int?)n.Prefectural ?? 0,
                    MunicipalRespondents = visible.Count(r => r.Group == RespondentGroup.Municipal),
                    PrefecturalRespondents = visible.Count(r => r.Group == RespondentGroup.Prefectural),
                })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            throw new NotFoundException("指定された調査は見つかりません。");
        }
        var first = rows[0];

        // The * mark counts every submitted prefectural answer. Whoever sees all of them (the secretariat; everyone
        // once the survey has closed) has it already; otherwise one more small query.
        var seesAllPrefectural = actor.IsSecretariat || first.Status == SurveyStatus.Closed;
        var raised = seesAllPrefectural
            ? rows.Where(r => r.Prefectural > 0).Select(r => r.Id).ToHashSet()
            : (await db.NeedItems
                .Where(i => i.Response.SurveyId == surveyId && i.Response.Status == ResponseStatus.Submitted && i.Response.Group == RespondentGroup.Prefectural)
                .Select(i => i.CategoryId).Distinct().ToListAsync(cancellationToken)).ToHashSet();

        GroupSummary Build(bool isMunicipal, int respondents)
        {
            var sections = Enum.GetValues<SurveySection>().Select(section =>
            {
                var categories = rows.Where(c => c.Section == section)
                    .Select(c => new CategoryCount(c.Id, c.Label, c.IsOther, isMunicipal ? c.Municipal : c.Prefectural, raised.Contains(c.Id)))
                    .ToList();
                return new SectionSummary(section, categories.Sum(r => r.Count), categories);
            }).ToList();
            return new GroupSummary(sections.Sum(s => s.Count), respondents, sections);
        }

        return new SurveySummary(surveyId, first.FiscalYear, first.Title, first.Status,
            Build(isMunicipal: true, first.MunicipalRespondents), Build(isMunicipal: false, first.PrefecturalRespondents));
    }

    /// <summary>The submitted items behind a number of the summary (drill-down, CSV and Excel export).</summary>
    public async Task<IReadOnlyList<SubmittedItemRow>> ListItemsAsync(Actor actor, int surveyId, ItemFilter? filter = null, CancellationToken cancellationToken = default)
    {
        SurveyAccess.EnsureReader(actor);
        filter ??= new ItemFilter();
        await using var db = await work.OpenAsync(actor, cancellationToken);
        await SurveyResponseService.FindSurveyAsync(db, actor, surveyId, cancellationToken); // unknown → 404, not an empty list
        var responses = Narrow(db, SurveyAccess.VisibleSubmitted(db, actor, surveyId), filter.Region, filter.MunicipalityId);
        if (filter.Group is { } group)
        {
            responses = responses.Where(r => r.Group == group);
        }
        var items = responses.SelectMany(r => r.Items).Where(SurveyAccess.ItemVisible(db, actor));
        if (filter.CategoryId is { } categoryId)
        {
            items = items.Where(i => i.CategoryId == categoryId);
        }
        if (filter.Section is { } section)
        {
            items = items.Where(i => i.Category.Section == section);
        }
        var rows = await items
            .OrderBy(i => i.Response.Group).ThenBy(i => i.Category.Section).ThenBy(i => i.Category.SortOrder)
            .ThenBy(i => i.Response.OrganisationId).ThenBy(i => i.SortOrder)
            .Select(i => new
            {
                i.Id, i.ResponseId, Organisation = i.Response.Organisation.Name, i.Response.Group,
                Region = db.Municipalities.Where(m => m.Id == i.Response.OrganisationId).Select(m => m.Region).FirstOrDefault(),
                i.Category.Section, Category = i.Category.Label, i.Title, i.Urgency, i.Form, i.Content, i.Issues,
                i.PartnerOrganisationIds, i.Response.SubmittedAt,
            })
            .ToListAsync(cancellationToken);
        var partnerIds = rows.SelectMany(r => r.PartnerOrganisationIds).Distinct().ToList();
        var names = await db.Organisations.Where(o => partnerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return rows.Select(r => new SubmittedItemRow(r.Id, r.ResponseId, r.Organisation, r.Group, r.Region, r.Section, r.Category, r.Title, r.Urgency,
            r.Form, r.Content, r.Issues, r.PartnerOrganisationIds.Select(id => names.GetValueOrDefault(id, "")).ToArray(), r.SubmittedAt)).ToList();
    }

    /// <summary>Region and municipality filters apply to municipal answers; prefectural answers stay.</summary>
    private static IQueryable<SurveyResponse> Narrow(RenkeiDbContext db, IQueryable<SurveyResponse> responses, string? region, int? municipalityId)
    {
        if (!string.IsNullOrWhiteSpace(region))
        {
            responses = responses.Where(r => r.Group == RespondentGroup.Prefectural
                || db.Municipalities.Any(m => m.Id == r.OrganisationId && m.Region == region));
        }
        if (municipalityId is { } id)
        {
            responses = responses.Where(r => r.Group == RespondentGroup.Prefectural || r.OrganisationId == id);
        }
        return responses;
    }
}
