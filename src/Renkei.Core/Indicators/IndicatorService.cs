using Microsoft.EntityFrameworkCore;
using Renkei.Core.Accounts;
using Renkei.Core.Common;
using Renkei.Core.Data;

namespace Renkei.Core.Indicators;

/// <summary>目標指標: kept by the secretariat, actuals entered by the owner department and approved by the secretariat; progress from approved values only.</summary>
public sealed class IndicatorService(UnitOfWork work)
{
    public async Task<IReadOnlyList<IndicatorListItem>> ListAsync(Actor actor, int? themeId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.PrefectureId == actor.PrefectureId)
            .Where(i => themeId == null || i.Themes.Any(t => t.ThemeId == themeId))
            .Include(i => i.Targets).Include(i => i.Values).AsSplitQuery()
            .OrderBy(i => i.Plan).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var owners = await OwnerNamesAsync(db, actor, cancellationToken);
        return indicators.Select(i => new IndicatorListItem(i.Id, i.Name, i.Unit, i.Kind, i.Direction, i.Plan,
            i.OwnerDepartmentId is { } o ? owners.GetValueOrDefault(o) : null, i.YearKind, i.BaselineValue, i.BaselineYear, i.FinalTargetValue,
            i.FinalTargetYear, i.MilestoneLabel, Progress(i), i.Values.Count(v => v.State == ValueState.Submitted))).ToList();
    }

    /// <summary>The indicators behind target (moderate, limited or deteriorating progress): for the council's second meeting and the dashboard.</summary>
    public async Task<IReadOnlyList<IndicatorListItem>> BehindTargetAsync(Actor actor, CancellationToken cancellationToken = default) =>
        (await ListAsync(actor, null, cancellationToken)).Where(i => i.Progress.IsBehind).ToList();

    public async Task<IndicatorView> GetAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var i = await IndicatorAccess.FindAsync(db.Indicators.AsNoTracking().Include(x => x.Targets).Include(x => x.Values).Include(x => x.Themes).AsSplitQuery(), actor, id, cancellationToken);
        var owners = await OwnerNamesAsync(db, actor, cancellationToken);
        var submitters = await db.Organisations.AsNoTracking().Where(o => i.Values.Select(v => v.SubmittedByOrganisationId).Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var themeIds = i.Themes.Select(t => t.ThemeId).ToList();
        var themes = await Themes.ThemeAccess.VisibleThemes(db, actor).AsNoTracking().Where(t => themeIds.Contains(t.Id)).OrderBy(t => t.Id)
            .Select(t => new IndicatorThemeLink(t.Id, t.Title)).ToListAsync(cancellationToken);
        var canSubmit = IndicatorAccess.MaySubmit(actor, i);
        return new IndicatorView(i.Id, i.Name, i.Unit, i.Kind, i.Direction, i.Plan, i.OwnerDepartmentId,
            i.OwnerDepartmentId is { } o ? owners.GetValueOrDefault(o) : null, i.YearKind, i.BaselineValue, i.BaselineYear, i.BaselineNote,
            i.FinalTargetValue, i.FinalTargetYear, i.MilestoneLabel,
            i.Targets.OrderBy(t => t.Year).Select(t => new TargetInput(t.Year, t.Value)).ToList(),
            i.Values.OrderBy(v => v.Year).Select(v => new IndicatorValueView(v.Id, v.Year, v.Value, v.Source, v.ObservedOn, v.State,
                submitters.GetValueOrDefault(v.SubmittedByOrganisationId, ""), v.ReviewNote,
                canSubmit && v.State != ValueState.Approved || IndicatorAccess.MayManage(actor),
                IndicatorAccess.MayReview(actor) && v.State == ValueState.Submitted, v.Version)).ToList(),
            themes, Progress(i), IndicatorAccess.MayManage(actor), canSubmit, i.Version);
    }

    public async Task<int> CreateAsync(Actor actor, IndicatorInput input, CancellationToken cancellationToken = default)
    {
        IndicatorAccess.EnsureManager(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var indicator = new Indicator { Name = "", Unit = "", PrefectureId = actor.PrefectureId };
        await ApplyAsync(db, actor, indicator, input, cancellationToken);
        db.Indicators.Add(indicator);
        await db.SaveAsync(cancellationToken);
        return indicator.Id;
    }

    public async Task UpdateAsync(Actor actor, int id, IndicatorInput input, uint version, CancellationToken cancellationToken = default)
    {
        IndicatorAccess.EnsureManager(actor);
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var indicator = await IndicatorAccess.FindAsync(db.Indicators.Include(i => i.Targets).Include(i => i.Themes), actor, id, cancellationToken);
        db.Expect(indicator, version);
        await ApplyAsync(db, actor, indicator, input, cancellationToken);
        await db.SaveAsync(cancellationToken);
    }

    /// <summary>An actual of a year, entered by the owner department (or the secretariat); it waits for the secretariat's approval.</summary>
    public async Task<int> SubmitAsync(Actor actor, int id, ValueInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var indicator = await IndicatorAccess.FindAsync(db.Indicators.Include(i => i.Values), actor, id, cancellationToken);
        IndicatorAccess.EnsureSubmitter(actor, indicator);
        var value = new IndicatorValue { Source = "", SubmittedByOrganisationId = actor.OrganisationId };
        Apply(indicator, value, input);
        if (indicator.Values.Any(v => v.Year == input.Year))
        {
            throw new ValidationException(nameof(input.Year), $"{input.Year}年の実績は既に入力されています。一覧の「修正」から直してください。");
        }
        indicator.Values.Add(value);
        await db.SaveAsync("この年の実績は既に入力されています。", cancellationToken);
        return value.Id;
    }

    /// <summary>Corrects an actual; an approved one goes back to the secretariat, so only approved values ever count.</summary>
    public Task CorrectAsync(Actor actor, int valueId, ValueInput input, uint version, CancellationToken cancellationToken = default) =>
        ChangeValueAsync(actor, valueId, version, (indicator, value) =>
        {
            IndicatorAccess.EnsureSubmitter(actor, indicator);
            if (indicator.Values.Any(v => v.Year == input.Year && v.Id != value.Id))
            {
                throw new ValidationException(nameof(input.Year), $"{input.Year}年の実績は既にあります。");
            }
            Apply(indicator, value, input);
            value.SubmittedByOrganisationId = actor.OrganisationId;
        }, cancellationToken);

    public Task ApproveAsync(Actor actor, int valueId, uint version, CancellationToken cancellationToken = default) =>
        ChangeValueAsync(actor, valueId, version, (_, value) =>
        {
            IndicatorAccess.EnsureManager(actor);
            EnsureSubmitted(value);
            (value.State, value.ReviewNote) = (ValueState.Approved, null);
        }, cancellationToken);

    public Task ReturnAsync(Actor actor, int valueId, string? reason, uint version, CancellationToken cancellationToken = default) =>
        ChangeValueAsync(actor, valueId, version, (_, value) =>
        {
            IndicatorAccess.EnsureManager(actor);
            EnsureSubmitted(value);
            var rules = new TextRules();
            var note = rules.Required("Reason", "差戻しの理由", reason, 1000);
            rules.ThrowIfInvalid();
            (value.State, value.ReviewNote) = (ValueState.Returned, note);
        }, cancellationToken);

    internal static IndicatorProgressResult Progress(Indicator i) => IndicatorProgress.Of(i.Kind, i.Direction, i.BaselineValue, i.BaselineYear,
        i.Targets.ToDictionary(t => t.Year, t => t.Value), i.FinalTargetValue, i.FinalTargetYear,
        i.Values.Where(v => v.State == ValueState.Approved).Select(v => (v.Year, v.Value)).ToList());

    private static void Apply(Indicator indicator, IndicatorValue value, ValueInput input)
    {
        var rules = new TextRules();
        value.Source = rules.Required("Source", "出典", input.Source, 500);
        if (input.Year is < 1990 or > 2100)
        {
            rules.Add("Year", "年は1990〜2100の範囲で入力してください。");
        }
        if (indicator.Kind == IndicatorKind.Milestone && input.Value is not (0 or 1))
        {
            rules.Add("Value", "達成したときは1、まだのときは0を入力してください。");
        }
        if (Math.Abs(input.Value) > 1_000_000_000_000m)
        {
            rules.Add("Value", "値が大きすぎます。");
        }
        rules.ThrowIfInvalid();
        (value.Year, value.Value, value.ObservedOn, value.State) = (input.Year, input.Value, input.ObservedOn, ValueState.Submitted);
    }

    private static void EnsureSubmitted(IndicatorValue value)
    {
        if (value.State != ValueState.Submitted)
        {
            throw new ConflictException("この実績は承認待ちではありません。最新の内容を読み込んでください。");
        }
    }

    private async Task ChangeValueAsync(Actor actor, int valueId, uint version, Action<Indicator, IndicatorValue> change, CancellationToken cancellationToken)
    {
        await using var db = await work.OpenAsync(actor, cancellationToken);
        var indicatorId = await db.IndicatorValues.Where(v => v.Id == valueId).Select(v => (int?)v.IndicatorId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("指定された実績は見つかりません。");
        var indicator = await IndicatorAccess.FindAsync(db.Indicators.Include(i => i.Values), actor, indicatorId, cancellationToken);
        var value = indicator.Values.Single(v => v.Id == valueId);
        db.Expect(value, version);
        change(indicator, value);
        await db.SaveAsync(cancellationToken);
    }

    private static async Task ApplyAsync(RenkeiDbContext db, Actor actor, Indicator indicator, IndicatorInput input, CancellationToken cancellationToken)
    {
        var rules = new TextRules();
        input.ApplyTo(indicator, rules);
        if (input.OwnerDepartmentId is { } owner && !await db.Departments.AnyAsync(d => d.Id == owner && d.PrefectureId == actor.PrefectureId, cancellationToken))
        {
            rules.Add(nameof(input.OwnerDepartmentId), "担当部局は県の部局から選んでください。");
        }
        var themeIds = input.ThemeIds.Distinct().ToList();
        var visible = await Themes.ThemeAccess.VisibleThemes(db, actor).Select(t => t.Id).ToListAsync(cancellationToken);
        if (themeIds.Any(t => !visible.Contains(t)))
        {
            rules.Add(nameof(input.ThemeIds), "連携テーマは一覧から選んでください。");
        }
        rules.ThrowIfInvalid();
        indicator.Targets.RemoveAll(t => input.Targets.All(x => x.Year != t.Year));
        foreach (var target in input.Targets)
        {
            if (indicator.Targets.SingleOrDefault(t => t.Year == target.Year) is { } kept)
            {
                kept.Value = target.Value;
            }
            else
            {
                indicator.Targets.Add(new IndicatorTarget { Year = target.Year, Value = target.Value });
            }
        }
        // The join rows are keyed by (indicator, theme): keep those still chosen, so none is deleted and added again.
        // A link to a theme the editor may not see (部外秘) is neither shown nor dropped.
        indicator.Themes.RemoveAll(t => !themeIds.Contains(t.ThemeId) && visible.Contains(t.ThemeId));
        indicator.Themes.AddRange(themeIds.Where(t => indicator.Themes.All(x => x.ThemeId != t)).Select(t => new IndicatorTheme { ThemeId = t }));
    }

    private static Task<Dictionary<int, string>> OwnerNamesAsync(RenkeiDbContext db, Actor actor, CancellationToken cancellationToken) =>
        db.Departments.AsNoTracking().Where(d => d.PrefectureId == actor.PrefectureId).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
}
