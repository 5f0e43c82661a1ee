using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Calendar;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Search;

/// <summary>
/// One search over everything the portal holds (the app bar's box): each kind of record searched in its own context at
/// the same time, each through the same rule that decides whether the caller may open it — a hit is never something
/// its page would refuse.
/// </summary>
public sealed class SearchService(UnitOfWork work, TimeProvider clock)
{
    public const int MinLength = 2;
    public const int MaxLength = 100;

    /// <summary>Hits per group on the overview; one kind asked for alone shows up to <see cref="KindPage"/>.</summary>
    public const int PerGroup = 5;
    public const int KindPage = 100;

    private static readonly ISearchSource[] Sources =
        [new NeedSource(), new ThemeSource(), new MeetingSource(), new MaterialSource(), new CaseSource(), new ArrangementSource(), new ContactSource(), new IndicatorSource()];

    public async Task<SearchResult> SearchAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken = default)
    {
        var words = (query.Text ?? "").Trim();
        query = query with { Text = words };
        await ValidateAsync(actor, query, cancellationToken);
        var pattern = LikePattern.Containing(words);
        var take = query.Kind is null ? PerGroup : KindPage;
        var today = JapanDate.Today(clock);
        var chosen = Sources.Where(s => query.Kind is null || s.Kind == query.Kind).ToList();
        var applicable = chosen.Where(s => (query.FiscalYear is null || s.HasYear) && (query.RegionId is null || s.HasRegion)).ToList();
        var groups = await Task.WhenAll(applicable.Select(async source =>
        {
            await using var db = await work.OpenAsync(actor, cancellationToken);
            return await source.RunAsync(new SearchScope(db, actor, query, pattern, take, today), cancellationToken);
        }));
        return new SearchResult(words, groups.Where(g => g.Total > 0).ToList(), chosen.Except(applicable).Select(s => s.Kind).ToList());
    }

    /// <summary>The regions the search can narrow to: the prefecture's 連携支援室 (none where the prefecture has not entered them).</summary>
    public async Task<IReadOnlyList<RegionChoice>> RegionsAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        return await db.SupportOffices.AsNoTracking().Where(o => o.PrefectureId == actor.PrefectureId).OrderBy(o => o.Id)
            .Select(o => new RegionChoice(o.Id, o.Name)).ToListAsync(cancellationToken);
    }

    private async Task ValidateAsync(Actor actor, SearchQuery query, CancellationToken cancellationToken)
    {
        if (query.Text.Length is < MinLength or > MaxLength)
        {
            throw new ValidationException("Text", $"検索する語を{MinLength}文字以上{MaxLength}文字以内で入力してください。");
        }
        if (query.FiscalYear is { } year)
        {
            SaneDates.RequireFiscalYear(year, "FiscalYear");
        }
        if (query.RegionId is { } region)
        {
            await using var db = await work.OpenAsync(actor, cancellationToken);
            if (!await db.SupportOffices.AnyAsync(o => o.Id == region && o.PrefectureId == actor.PrefectureId, cancellationToken))
            {
                throw new ValidationException("RegionId", "指定された地域（連携支援室）は見つかりません。");
            }
        }
    }
}
