using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Council;

/// <summary>
/// The prefecture's 年間スケジュール template: everyone reads it, the secretariat edits it. A change shapes the years
/// generated afterwards; years already generated keep their meetings.
/// </summary>
public sealed class ScheduleTemplateService(UnitOfWork work)
{
    /// <summary>In the order of the fiscal year (April first), then as entered.</summary>
    public async Task<IReadOnlyList<TemplateItemView>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var items = await db.ScheduleTemplate.AsNoTracking().Where(t => t.PrefectureId == actor.PrefectureId).ToListAsync(cancellationToken);
        return items.OrderBy(t => FiscalPosition(t.FromMonth)).ThenBy(t => t.SortOrder)
            .Select(t => new TemplateItemView(t.Id, t.Title, t.Body, t.Number, t.FromMonth, t.UntilMonth, t.Version)).ToList();
    }

    public async Task<int> AddAsync(Actor actor, TemplateItemInput input, CancellationToken cancellationToken = default)
    {
        CouncilAccess.EnsureManager(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var item = new ScheduleTemplateItem { PrefectureId = actor.PrefectureId, Title = "" };
        Apply(item, input);
        item.SortOrder = (await db.ScheduleTemplate.Where(t => t.PrefectureId == actor.PrefectureId).MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? 0) + 1;
        db.ScheduleTemplate.Add(item);
        await db.SaveAsync(cancellationToken);
        return item.Id;
    }

    public async Task<uint> UpdateAsync(Actor actor, int id, TemplateItemInput input, uint version, CancellationToken cancellationToken = default)
    {
        CouncilAccess.EnsureManager(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var item = await FindAsync(db, actor, id, cancellationToken);
        db.Expect(item, version);
        Apply(item, input);
        await db.SaveAsync(cancellationToken);
        return item.Version;
    }

    public async Task DeleteAsync(Actor actor, int id, uint version, CancellationToken cancellationToken = default)
    {
        CouncilAccess.EnsureManager(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var item = await FindAsync(db, actor, id, cancellationToken);
        db.Expect(item, version);
        db.ScheduleTemplate.Remove(item);
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>April = 0 … March = 11.</summary>
    public static int FiscalPosition(int month) => (month + 8) % 12;

    private static void Apply(ScheduleTemplateItem item, TemplateItemInput input)
    {
        var rules = new TextRules();
        item.Title = rules.Required(nameof(input.Title), "項目名", input.Title, 200);
        if (input.FromMonth is < 1 or > 12)
        {
            rules.Add(nameof(input.FromMonth), "開始月は1〜12月から選んでください。");
        }
        if (input.UntilMonth is < 1 or > 12)
        {
            rules.Add(nameof(input.UntilMonth), "終了月は1〜12月から選んでください。");
        }
        else if (input.FromMonth is >= 1 and <= 12 && FiscalPosition(input.UntilMonth) < FiscalPosition(input.FromMonth))
        {
            rules.Add(nameof(input.UntilMonth), "終了月は、年度（4月〜翌3月）の中で開始月以降にしてください。");
        }
        if (input.Body is { } body && (!Enum.IsDefined(body) || body == BodyKind.WorkingTeam))
        {
            rules.Add(nameof(input.Body), "会議体は、連携推進会議・幹事会・市町村長会議・行政懇談会から選んでください（ワーキングチームはテーマごとに設置します）。");
        }
        if (input.Number is { } n && (input.Body is null || n is < 1 or > 9))
        {
            rules.Add(nameof(input.Number), input.Body is null ? "回数は会議の項目にだけ指定できます。" : "回数は1〜9で指定してください。");
        }
        rules.ThrowIfInvalid();
        item.Body = input.Body;
        item.Number = input.Number;
        item.FromMonth = input.FromMonth;
        item.UntilMonth = input.UntilMonth;
    }

    private static async Task<ScheduleTemplateItem> FindAsync(RenkeiDbContext db, Actor actor, int id, CancellationToken cancellationToken) =>
        await db.ScheduleTemplate.SingleOrDefaultAsync(t => t.Id == id && t.PrefectureId == actor.PrefectureId, cancellationToken)
        ?? throw new NotFoundException("指定されたひな形の項目は見つかりません。");
}
