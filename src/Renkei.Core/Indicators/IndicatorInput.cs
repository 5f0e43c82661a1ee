using Renkei.Core.Common;

namespace Renkei.Core.Indicators;

public sealed record IndicatorInput(
    string Name, string Unit, IndicatorKind Kind, IndicatorDirection Direction, string? Plan, int? OwnerDepartmentId, YearKind YearKind,
    decimal? BaselineValue, int? BaselineYear, string? BaselineNote, decimal? FinalTargetValue, int? FinalTargetYear, string? MilestoneLabel,
    IReadOnlyList<TargetInput> Targets, IReadOnlyList<int> ThemeIds)
{
    /// <summary>The indicator as shown, to save again with a change (<c>with { OwnerDepartmentId = … }</c>).</summary>
    public static IndicatorInput Of(IndicatorView v) => new(v.Name, v.Unit, v.Kind, v.Direction, v.Plan, v.OwnerDepartmentId, v.YearKind, v.BaselineValue,
        v.BaselineYear, v.BaselineNote, v.FinalTargetValue, v.FinalTargetYear, v.MilestoneLabel, v.Targets, v.Themes.Select(t => t.ThemeId).ToList());

    internal void ApplyTo(Indicator indicator, TextRules rules)
    {
        indicator.Name = rules.Required(nameof(Name), "指標名", Name, 300);
        indicator.Unit = rules.Optional(nameof(Unit), "単位", Unit, 20) ?? "";
        indicator.Plan = rules.Optional(nameof(Plan), "計画", Plan, 300);
        indicator.BaselineNote = rules.Optional(nameof(BaselineNote), "現状値の注記", BaselineNote, 500);
        indicator.MilestoneLabel = rules.Optional(nameof(MilestoneLabel), "達成の内容", MilestoneLabel, 100);
        if (!Enum.IsDefined(Kind) || !Enum.IsDefined(Direction) || !Enum.IsDefined(YearKind))
        {
            rules.Add(nameof(Kind), "種類・方向・年の区分を選んでください。");
        }
        if (Kind != IndicatorKind.Milestone && indicator.Unit.Length == 0)
        {
            rules.Add(nameof(Unit), "単位を入力してください（例：人、件、拠点）。");
        }
        foreach (var (field, year) in new[] { (nameof(BaselineYear), BaselineYear), (nameof(FinalTargetYear), FinalTargetYear) })
        {
            if (year is < 1990 or > 2100)
            {
                rules.Add(field, "年は1990〜2100の範囲で入力してください。");
            }
        }
        if (BaselineYear is { } b && FinalTargetYear is { } f && f <= b)
        {
            rules.Add(nameof(FinalTargetYear), "目標年は現状値の年より後にしてください。");
        }
        if (Targets.Any(t => t.Year is < 1990 or > 2100))
        {
            rules.Add(nameof(Targets), "各年の目標の年は1990〜2100の範囲で入力してください。");
        }
        if (Targets.Select(t => t.Year).Distinct().Count() != Targets.Count)
        {
            rules.Add(nameof(Targets), "同じ年の目標が2回入力されています。");
        }
        indicator.Kind = Kind;
        indicator.Direction = Direction;
        indicator.OwnerDepartmentId = OwnerDepartmentId;
        indicator.YearKind = YearKind;
        (indicator.BaselineValue, indicator.BaselineYear) = (BaselineValue, BaselineYear);
        (indicator.FinalTargetValue, indicator.FinalTargetYear) = (FinalTargetValue, FinalTargetYear);
    }
}
