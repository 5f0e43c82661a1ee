using Renkei.Core.Auditing;

namespace Renkei.Core.Council;

/// <summary>A meeting of a body: planned for target months, then dated (or held in writing, 書面開催).</summary>
public class Meeting : IAudited, Data.IVersioned
{
    public int Id { get; set; }
    public int PrefectureId { get; set; }
    public int BodyId { get; set; }
    public CouncilBody Body { get; set; } = null!;
    public int FiscalYear { get; set; }
    public int? Number { get; set; }
    public required string Title { get; set; }

    /// <summary>The months the schedule aims at (first day of the first and of the last month).</summary>
    public DateOnly TargetFrom { get; set; }
    public DateOnly TargetUntil { get; set; }

    public DateTimeOffset? StartsAt { get; set; }
    public string? Place { get; set; }

    /// <summary>書面開催: members answer in writing by <see cref="AnswerDeadline"/>.</summary>
    public bool IsWritten { get; set; }
    public DateOnly? AnswerDeadline { get; set; }

    public MeetingState State { get; set; } = MeetingState.Planned;

    /// <summary>Presenters upload their materials by this day (the secretariat sets it).</summary>
    public DateOnly? MaterialsDeadline { get; set; }

    /// <summary>Why a 連携推進会議 meets before its 幹事会 (the policy puts the 幹事会 first); kept only while that is so.</summary>
    public string? OrderReason { get; set; }
    public uint Version { get; set; }

    /// <summary>The day a meeting counts for (its roster, its decisions): the day it met, a written one's deadline, else today.</summary>
    public static DateOnly DayOf(DateTimeOffset? startsAt, DateOnly? answerDeadline, DateOnly today) =>
        startsAt is { } at ? DateOnly.FromDateTime(Calendar.Wareki.ToJapanTime(at).DateTime) : answerDeadline ?? today;
}
