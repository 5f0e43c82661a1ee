using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Surveys;

/// <summary>The secretariat prepares, opens and closes the yearly needs survey of its prefecture.</summary>
public sealed class NeedsSurveyService(UnitOfWork work)
{
    public async Task<IReadOnlyList<SurveySummaryView>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var surveys = await db.NeedsSurveys.AsNoTracking()
            .Where(s => s.PrefectureId == actor.PrefectureId)
            .OrderByDescending(s => s.FiscalYear)
            .ToListAsync(cancellationToken);
        return surveys.Select(s => new SurveySummaryView(s.Id, s.FiscalYear, s.Title, s.Status, s.MunicipalOpensOn, s.MunicipalClosesOn,
                s.DepartmentOpensOn, s.DepartmentClosesOn, s.Version, SurveyAccess.DeadlineFor(actor, s),
                SurveyAccess.MaySeeProgress(actor), SurveyAccess.MayReadSummary(actor), SurveyAccess.MayManage(actor)))
            .ToList();
    }

    /// <summary>
    /// What the form for a new survey starts with: the first fiscal year without one, the title of the seed's pattern and
    /// its H29 windows (municipalities from late May, departments from early June, one common deadline).
    /// </summary>
    public static NewSurveyInput Proposal(int currentFiscalYear, IEnumerable<int> yearsWithASurvey, bool hasEarlierSurvey)
    {
        var year = currentFiscalYear;
        while (yearsWithASurvey.Contains(year))
        {
            year++;
        }
        return new NewSurveyInput(year, $"{new Calendar.FiscalYear(year).EraName} 県と市町村及び市町村間の連携課題・ニーズ調査",
            new DateOnly(year, 5, 29), new DateOnly(year, 6, 23), new DateOnly(year, 6, 7), new DateOnly(year, 6, 23), hasEarlierSurvey);
    }

    public async Task<IReadOnlyList<SurveyCategoryView>> ListCategoriesAsync(Actor actor, int surveyId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var survey = await FindAsync(db, actor, surveyId, cancellationToken);
        return await db.SurveyCategories.AsNoTracking()
            .Where(c => c.SurveyId == survey.Id)
            .OrderBy(c => c.Section).ThenBy(c => c.SortOrder)
            .Select(c => new SurveyCategoryView(c.Id, c.Section, c.Label, c.IsOther))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Creates the fiscal year's survey with the standard catalogue, or the previous survey's categories.</summary>
    public async Task<int> CreateAsync(Actor actor, NewSurveyInput input, CancellationToken cancellationToken = default)
    {
        EnsureSecretariat(actor);
        var rules = new TextRules();
        var title = rules.Required(nameof(NewSurveyInput.Title), "調査名", input.Title, 200);
        if (input.FiscalYear is < 2000 or > 2100)
        {
            rules.Add(nameof(NewSurveyInput.FiscalYear), "年度は2000〜2100の範囲で入力してください。");
        }
        if (input.MunicipalClosesOn < input.MunicipalOpensOn)
        {
            rules.Add(nameof(NewSurveyInput.MunicipalClosesOn), "市町村の回答締切は回答開始日以降にしてください。");
        }
        if (input.DepartmentClosesOn < input.DepartmentOpensOn)
        {
            rules.Add(nameof(NewSurveyInput.DepartmentClosesOn), "県部局等の回答締切は回答開始日以降にしてください。");
        }

        await using var db = await work.OpenAsync(actor, cancellationToken);
        if (await db.NeedsSurveys.AnyAsync(s => s.PrefectureId == actor.PrefectureId && s.FiscalYear == input.FiscalYear, cancellationToken))
        {
            rules.Add(nameof(NewSurveyInput.FiscalYear), $"{input.FiscalYear}年度の調査は既に作成されています。");
        }
        rules.ThrowIfInvalid();

        IReadOnlyList<StandardCatalogue.Entry> catalogue;
        if (!input.CopyCategoriesFromPreviousSurvey)
        {
            catalogue = StandardCatalogue.For(await db.Prefectures.Where(p => p.Id == actor.PrefectureId).Select(p => p.Code).SingleAsync(cancellationToken));
        }
        else
        {
            var previous = await db.SurveyCategories.AsNoTracking()
                .Where(c => c.Survey.PrefectureId == actor.PrefectureId && c.Survey.FiscalYear < input.FiscalYear)
                .GroupBy(c => c.Survey.FiscalYear)
                .OrderByDescending(g => g.Key)
                .Select(g => g.OrderBy(c => c.Section).ThenBy(c => c.SortOrder).Select(c => new StandardCatalogue.Entry(c.Section, c.Label, c.IsOther)).ToList())
                .FirstOrDefaultAsync(cancellationToken);
            catalogue = previous ?? throw new ValidationException(nameof(NewSurveyInput.CopyCategoriesFromPreviousSurvey),
                "前年度以前の調査がないため、区分を引き継げません。標準の区分で作成してください。");
        }

        var survey = new NeedsSurvey
        {
            PrefectureId = actor.PrefectureId,
            FiscalYear = input.FiscalYear,
            Title = title,
            MunicipalOpensOn = input.MunicipalOpensOn,
            MunicipalClosesOn = input.MunicipalClosesOn,
            DepartmentOpensOn = input.DepartmentOpensOn,
            DepartmentClosesOn = input.DepartmentClosesOn,
            Categories = catalogue.Select((c, i) => new SurveyCategory { Section = c.Section, Label = c.Label, IsOther = c.IsOther, SortOrder = i }).ToList(),
        };
        db.NeedsSurveys.Add(survey);
        await db.SaveAsync(cancellationToken);
        return survey.Id;
    }

    public async Task<SurveySummaryView> GetAsync(Actor actor, int surveyId, CancellationToken cancellationToken = default) =>
        (await ListAsync(actor, cancellationToken)).SingleOrDefault(s => s.Id == surveyId) ?? throw new NotFoundException("指定された調査は見つかりません。");

    /// <summary>Moves the deadlines (延長); the opening days stay as announced.</summary>
    public async Task ExtendAsync(Actor actor, int surveyId, DateOnly municipalClosesOn, DateOnly departmentClosesOn, uint version,
        CancellationToken cancellationToken = default)
    {
        EnsureSecretariat(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var survey = await FindAsync(db, actor, surveyId, cancellationToken);
        var rules = new TextRules();
        if (municipalClosesOn < survey.MunicipalOpensOn)
        {
            rules.Add(nameof(NeedsSurvey.MunicipalClosesOn), "市町村の回答締切は回答開始日以降にしてください。");
        }
        if (departmentClosesOn < survey.DepartmentOpensOn)
        {
            rules.Add(nameof(NeedsSurvey.DepartmentClosesOn), "県部局等の回答締切は回答開始日以降にしてください。");
        }
        rules.ThrowIfInvalid();
        db.Expect(survey, version);
        survey.MunicipalClosesOn = municipalClosesOn;
        survey.DepartmentClosesOn = departmentClosesOn;
        await db.SaveAsync(cancellationToken);
    }

    public Task OpenAsync(Actor actor, int surveyId, uint version, CancellationToken cancellationToken = default) =>
        MoveAsync(actor, surveyId, version, from: [SurveyStatus.Draft, SurveyStatus.Closed], to: SurveyStatus.Open, cancellationToken);

    public Task CloseAsync(Actor actor, int surveyId, uint version, CancellationToken cancellationToken = default) =>
        MoveAsync(actor, surveyId, version, from: [SurveyStatus.Open], to: SurveyStatus.Closed, cancellationToken);

    private async Task MoveAsync(Actor actor, int surveyId, uint version, SurveyStatus[] from, SurveyStatus to, CancellationToken cancellationToken)
    {
        EnsureSecretariat(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var survey = await FindAsync(db, actor, surveyId, cancellationToken);
        db.Expect(survey, version);
        if (!from.Contains(survey.Status))
        {
            throw new ValidationException(nameof(NeedsSurvey.Status), to == SurveyStatus.Open
                ? "この調査は既に回答受付中です。"
                : "回答受付中でない調査は締め切れません。");
        }
        survey.Status = to;
        await db.SaveAsync(cancellationToken);
    }

    private static async Task<NeedsSurvey> FindAsync(RenkeiDbContext db, Actor actor, int surveyId, CancellationToken cancellationToken) =>
        await db.NeedsSurveys.SingleOrDefaultAsync(s => s.Id == surveyId && s.PrefectureId == actor.PrefectureId, cancellationToken)
        ?? throw new NotFoundException("指定された調査は見つかりません。");

    private static void EnsureSecretariat(Actor actor) => SurveyAccess.EnsureManager(actor, "調査の作成・開始・締切は事務局（市町村課）だけが行えます。");
}
