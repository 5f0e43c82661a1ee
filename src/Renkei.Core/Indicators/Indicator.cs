using Renkei.Core.Auditing;
using Renkei.Core.Data;

namespace Renkei.Core.Indicators;

/// <summary>
/// 目標指標 (KPI): what is counted, in which unit and direction, the plan it belongs to, its baseline, the target of
/// each year and the final target; actuals are entered by the owner department and count once the secretariat approves.
/// </summary>
public class Indicator : IAudited, IVersioned
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public required string Name { get; set; }
    public required string Unit { get; set; }
    public IndicatorKind Kind { get; set; }
    public IndicatorDirection Direction { get; set; }

    /// <summary>The plan it belongs to (山形県短期アクションプラン テーマ7 施策3, 山形県行財政改革推進プラン, a theme's own).</summary>
    public string? Plan { get; set; }

    public int? OwnerDepartmentId { get; set; }

    /// <summary>Whether its years are fiscal years (H28年度) or calendar years (H28年): the seed mixes both.</summary>
    public YearKind YearKind { get; set; }

    public decimal? BaselineValue { get; set; }
    public int? BaselineYear { get; set; }
    public string? BaselineNote { get; set; }
    public decimal? FinalTargetValue { get; set; }
    public int? FinalTargetYear { get; set; }

    /// <summary>For a qualitative milestone, what counts as reaching it (「方針策定」).</summary>
    public string? MilestoneLabel { get; set; }

    public List<IndicatorTarget> Targets { get; set; } = [];
    public List<IndicatorValue> Values { get; set; } = [];
    public List<IndicatorTheme> Themes { get; set; } = [];
    public uint Version { get; set; }
}
