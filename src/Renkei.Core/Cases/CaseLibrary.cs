using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;
using Renkei.Core.Organisations;
using Renkei.Core.Themes;

namespace Renkei.Core.Cases;

/// <summary>
/// Finding cases: substring search over title and texts (one trigram-indexed column, as the triage searches needs),
/// facets over every match, newest or most adopted first. Only what the reader may see is ever counted.
/// </summary>
public sealed class CaseLibrary(UnitOfWork work)
{
    public async Task<CaseSearchResult> SearchAsync(Actor actor, CaseQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new CaseQuery();
        if (query.Page < 1 || query.PageSize is < 1 or > 100)
        {
            throw new ValidationException(query.Page < 1 ? "page" : "pageSize", "ページは1以上、1ページの件数は1〜100で指定してください。");
        }
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var state = query.State ?? CaseState.Approved;
        var cases = db.Cases.AsNoTracking().Where(CaseAccess.Visible(actor)).Where(c => c.State == state);
        if (SearchPattern(query.Text) is { } pattern)
        {
            cases = cases.Where(c => EF.Functions.ILike(c.SearchText, pattern, "\\"));
        }
        // The matches as light rows: facets are counted over all of them, the page is read in full afterwards.
        // Adoptions come as a flat list beside the cases: a nested collection per case would make EF join and sort them all.
        var stages = (await db.Adoptions.AsNoTracking().Where(a => cases.Any(c => c.Id == a.CaseId)).Select(a => new { a.CaseId, a.Stage }).ToListAsync(cancellationToken))
            .GroupBy(a => a.CaseId).ToDictionary(g => g.Key, g => g.Select(a => a.Stage).ToArray());
        var rows = (await cases.Select(c => new { c.Id, c.Fields, c.Methods, c.OrganisationIds, At = c.ApprovedAt ?? c.CreatedAt }).ToListAsync(cancellationToken))
            .Select(c => new Row(c.Id, c.Fields, c.Methods, c.OrganisationIds, c.At, stages.GetValueOrDefault(c.Id, [])))
            .ToList();
        var facts = await MunicipalityFacts.LoadAsync(db, actor.PrefectureId, cancellationToken);
        var matches = rows.Where(r => Matches(r, query, facts)).ToList();
        var ordered = query.Sort == CaseSort.MostAdopted
            ? matches.OrderByDescending(r => r.Stages.Length).ThenByDescending(r => r.At).ThenByDescending(r => r.Id)
            : matches.OrderByDescending(r => r.At).ThenByDescending(r => r.Id);
        var pageIds = ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(r => r.Id).ToList();
        var items = await ItemsAsync(db, pageIds, facts, cancellationToken);
        return new CaseSearchResult(items, matches.Count, query.Page, query.PageSize,
            Count(matches.SelectMany(r => r.Fields), CaseFields.Position),
            Count(matches.SelectMany(r => r.Methods), m => (int)m),
            Count(matches.SelectMany(r => Regions(r, facts)), _ => 0),
            Count(matches.SelectMany(r => Bands(r, facts)), b => (int)b),
            Count(matches.SelectMany(r => r.Stages.Distinct()), s => (int)s),
            CaseAccess.MayRegister(actor), CaseAccess.MayRegister(actor));
    }

    /// <summary>「関連する事例」: approved cases the reader may see, filed under one of these fields, newest first.</summary>
    public async Task<IReadOnlyList<CaseListItem>> RelatedAsync(Actor actor, IReadOnlyCollection<string> fields, int take = 3, CancellationToken cancellationToken = default)
    {
        if (fields.Count == 0)
        {
            return [];
        }
        var wanted = fields.ToArray();
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var ids = await db.Cases.AsNoTracking().Where(CaseAccess.Visible(actor))
            .Where(c => c.State == CaseState.Approved && c.Fields.Any(f => wanted.Contains(f)))
            .OrderByDescending(c => c.ApprovedAt).ThenByDescending(c => c.Id).Select(c => c.Id).Take(Math.Clamp(take, 1, 20))
            .ToListAsync(cancellationToken);
        return await ItemsAsync(db, ids, await MunicipalityFacts.LoadAsync(db, actor.PrefectureId, cancellationToken), cancellationToken);
    }

    /// <summary>The approved cases an organisation did or adopted, for its profile.</summary>
    public async Task<IReadOnlyList<CaseListItem>> OfOrganisationAsync(Actor actor, int organisationId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId && o.PrefectureId == actor.PrefectureId, cancellationToken))
        {
            throw new NotFoundException("指定された団体は見つかりません。");
        }
        var ids = await db.Cases.AsNoTracking().Where(CaseAccess.Visible(actor))
            .Where(c => c.State == CaseState.Approved && (c.OrganisationIds.Contains(organisationId) || c.Adoptions.Any(a => a.OrganisationId == organisationId)))
            .OrderByDescending(c => c.ApprovedAt).Select(c => c.Id).Take(100).ToListAsync(cancellationToken);
        return await ItemsAsync(db, ids, await MunicipalityFacts.LoadAsync(db, actor.PrefectureId, cancellationToken), cancellationToken);
    }

    /// <summary>The cases introduced at a meeting (its 「先進事例の紹介（見える化）」 item), as far as the reader may see them.</summary>
    public async Task<IReadOnlyList<CaseListItem>> ShownAtAsync(Actor actor, int meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId && m.PrefectureId == actor.PrefectureId, cancellationToken))
        {
            throw new NotFoundException("指定された会議は見つかりません。");
        }
        var ids = await db.Cases.AsNoTracking().Where(CaseAccess.Visible(actor)).Where(c => c.State == CaseState.Approved && c.MeetingId == meetingId)
            .OrderBy(c => c.Title).Select(c => c.Id).ToListAsync(cancellationToken);
        return await ItemsAsync(db, ids, await MunicipalityFacts.LoadAsync(db, actor.PrefectureId, cancellationToken), cancellationToken);
    }

    private sealed record Row(int Id, string[] Fields, CollaborationMethod[] Methods, int[] OrganisationIds, DateTimeOffset At, AdoptionStage[] Stages);

    private static bool Matches(Row r, CaseQuery query, Dictionary<int, MunicipalityFacts> facts) =>
        (query.Field is null || r.Fields.Contains(query.Field))
        && (query.Method is not { } method || r.Methods.Contains(method))
        && (query.Region is null || Regions(r, facts).Contains(query.Region))
        && (query.Band is not { } band || Bands(r, facts).Contains(band))
        && (query.Stage is not { } stage || r.Stages.Contains(stage));

    private static IEnumerable<string> Regions(Row r, Dictionary<int, MunicipalityFacts> facts) =>
        r.OrganisationIds.Select(o => facts.GetValueOrDefault(o)?.Region).OfType<string>().Distinct();

    private static IEnumerable<PopulationBand> Bands(Row r, Dictionary<int, MunicipalityFacts> facts) =>
        r.OrganisationIds.Select(o => facts.GetValueOrDefault(o)?.Band).OfType<PopulationBand>().Distinct();

    private static List<FacetCount<T>> Count<T>(IEnumerable<T> values, Func<T, int> position) where T : notnull =>
        values.GroupBy(v => v).Select(g => new FacetCount<T>(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => position(f.Value)).ToList();

    internal static string? SearchPattern(string? text)
    {
        var words = text?.Trim();
        if (string.IsNullOrEmpty(words))
        {
            return null;
        }
        if (words.Length > 100)
        {
            throw new ValidationException("text", "検索語は100文字以内で入力してください。");
        }
        return LikePattern.Containing(words);
    }

    private static async Task<IReadOnlyList<CaseListItem>> ItemsAsync(RenkeiDbContext db, List<int> ids, Dictionary<int, MunicipalityFacts> facts, CancellationToken cancellationToken)
    {
        var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Title, c.Summary, c.State, c.Visibility, c.Fields, c.Methods, c.OrganisationIds, Adoptions = c.Adoptions.Count, c.ApprovedAt })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return ids.Where(cases.ContainsKey).Select(id =>
        {
            var c = cases[id];
            var doers = c.OrganisationIds.Select(o => facts.GetValueOrDefault(o)).OfType<MunicipalityFacts>().ToList();
            return new CaseListItem(c.Id, c.Title, c.Summary, c.State, c.Visibility, c.Fields, c.Methods,
                doers.Select(d => d.Name).ToList(), doers.Select(d => d.Region).OfType<string>().Distinct().ToList(), c.Adoptions, c.ApprovedAt);
        }).ToList();
    }
}
