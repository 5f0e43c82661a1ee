using Renkei.Core.Auditing;

namespace Renkei.Core.Council;

/// <summary>One line of the 年間スケジュール template: a milestone, or a meeting of a body, in a range of months.</summary>
public class ScheduleTemplateItem : IAudited, Data.IVersioned
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public int SortOrder { get; set; }
    public required string Title { get; set; }

    /// <summary>Set for a meeting (第1回連携推進会議 …); null for a milestone (ニーズ調査 …).</summary>
    public BodyKind? Body { get; set; }

    /// <summary>第n回 for council meetings.</summary>
    public int? Number { get; set; }

    /// <summary>Calendar months, April = 4 … March = 3; a range may run over the new year (11 → 1).</summary>
    public int FromMonth { get; set; }
    public int UntilMonth { get; set; }
    public uint Version { get; set; }
}
